/** The only two IPC channels between the renderer and the main process. */
export const INVOKE_CHANNEL = 'loupe:invoke';
export const EVENT_CHANNEL = 'loupe:event';
