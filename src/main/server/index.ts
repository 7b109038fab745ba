export { startWebHost, type WebHost, type WebHostOptions } from './startWebHost';
export { pruneUploads } from './pruneUploads';
