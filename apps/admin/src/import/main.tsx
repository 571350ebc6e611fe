import { createRoot } from 'react-dom/client';
import { localProxyUrl, showLocalEditingHelp } from '../local/local-session.ts';
import { EditingApi } from './editing-api.ts';
import { ImportPage } from './ImportPage.tsx';
import './import.css';

/** The import page saves through the local editing backend only: without it, say how to start it. */
async function start(): Promise<void> {
  const proxyUrl = await localProxyUrl();
  if (!proxyUrl) return showLocalEditingHelp(document);
  const root = document.getElementById('root') ?? document.body.appendChild(document.createElement('div'));
  createRoot(root).render(<ImportPage api={new EditingApi(proxyUrl)} />);
}
void start();
