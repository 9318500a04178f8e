import { render } from 'preact';
import { api, setCsrf } from './api.ts';
import { App } from './App.tsx';
import { setTimeZone, startLanguage, t } from './i18n.ts';
import { interceptLinks } from './router.ts';
import type { Me, SiteInfo } from '../../contract/site.ts';
import './admin.css';

/** Starts the newsroom app in the shell the server rendered: who is signed in, then the site. */
async function start(): Promise<void> {
  startLanguage();
  const root = document.getElementById('app');
  if (!root) throw new Error('The app shell has no #app element to start in.');
  window.addEventListener('nd:signed-out', () => location.assign('/admin/signin'));
  try {
    const [me, site] = await Promise.all([
      api<{ data: Me; csrf: string }>('GET', '/me'),
      api<{ data: SiteInfo }>('GET', '/site'),
    ]);
    setCsrf(me.csrf);
    setTimeZone(site.data.timeZone);
    interceptLinks(root);
    root.replaceChildren();
    render(<App me={me.data} site={site.data} csrf={me.csrf} />, root);
  } catch (e) {
    root.textContent = `${t('app.failed')} ${(e as Error).message}`;
  }
}

void start();
