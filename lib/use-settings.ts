import { useEffect, useState } from 'preact/hooks';
import { readSettings, type Settings, watchSettings } from './settings';

/** The current settings, kept fresh while the page is open (popup, options page). */
export function useSettings(): Settings | undefined {
  const [settings, setSettings] = useState<Settings>();
  useEffect(() => {
    const stop = new AbortController();
    void readSettings().then((s) => stop.signal.aborted || setSettings(s));
    watchSettings(setSettings, stop.signal);
    return () => stop.abort();
  }, []);
  return settings;
}
