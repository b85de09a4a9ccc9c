// Vite bundles CSS imported from a component; the type checker only needs to know the import exists.
declare module '*.css';
