import { useState } from 'react';
import { useT, type Lang } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { AccountMenu } from '../account/AccountMenu';
import { usePresentationMode } from '../presentation/usePresentationMode';

/** Mode (explore or cooperation network), presentation, share link and language. */
export function HeaderActions() {
  const t = useT();
  const lang = useExplorer((state) => state.lang);
  const mode = useExplorer((state) => state.scene.mode);
  const filters = useExplorer((state) => state.filters);
  const perform = useExplorer((state) => state.perform);
  const setLang = useExplorer((state) => state.setLang);
  const mapOpen = useExplorer((state) => state.mapOpen);
  const setMapOpen = useExplorer((state) => state.setMapOpen);
  const presentation = usePresentationMode();
  const [copied, setCopied] = useState(false);

  const switchMode = (next: 'explore' | 'network') => {
    if (next === mode) return;
    if (next === 'network') {
      void perform({
        kind: 'network',
        ...(filters.from !== null ? { from: String(filters.from) } : {}),
        ...(filters.to !== null ? { to: String(filters.to) } : {}),
        ...(filters.country ? { country: filters.country } : {}),
        ...(filters.topic ? { topic: filters.topic } : {}),
      });
    } else void perform({ kind: 'overview' });
  };

  const share = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      window.setTimeout(() => setCopied(false), 2000);
    } catch {
      window.prompt(t.share, window.location.href);
    }
  };

  return (
    <div className="header-actions">
      <div className="segmented" role="group" aria-label={t.modeLabel}>
        {(['explore', 'network'] as const).map((value) => (
          <button key={value} type="button" aria-pressed={mode === value} onClick={() => switchMode(value)} data-testid={`mode-${value}`}>
            {t.modes[value]}
          </button>
        ))}
      </div>
      <button type="button" aria-pressed={mapOpen} onClick={() => setMapOpen(!mapOpen)} title={t.map.openHint} data-testid="open-map">
        {mapOpen ? t.map.back : t.map.open}
      </button>
      <button type="button" onClick={() => presentation.start()} data-testid="present">
        ▶ {t.presentation.start}
      </button>
      <button type="button" onClick={() => void share()} data-testid="share">
        {copied ? t.copied : t.share}
      </button>
      <label className="lang">
        <span className="visually-hidden">{t.language}</span>
        <select value={lang} onChange={(event) => setLang(event.target.value as Lang)} aria-label={t.language}>
          <option value="en" lang="en">
            English
          </option>
          <option value="fr" lang="fr">
            Français
          </option>
        </select>
      </label>
      <AccountMenu />
    </div>
  );
}
