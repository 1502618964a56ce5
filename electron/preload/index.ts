import { contextBridge, ipcRenderer } from 'electron';
import { buildClient, contract, type ZiApi } from '../../shared/contract';

/**
 * The only file that touches ipcRenderer: exposes one typed object, `window.zi`, with a verb per
 * channel of the contract. No generic `invoke` reaches the renderer.
 */
const zi = buildClient(contract, (channelName, input) => ipcRenderer.invoke(channelName, input)) satisfies ZiApi;

contextBridge.exposeInMainWorld('zi', zi);
