/** Which shell runs the handlers: the Electron main process or the plain-Node web host. */
export type HostKind = 'electron' | 'web';
