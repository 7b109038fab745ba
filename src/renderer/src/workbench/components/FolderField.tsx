import { useState } from 'react';
import { Button } from './Button';
import { FileBrowser } from './FileBrowser';

/**
 * A folder to save into: a path box, and a Browse… button that opens the in-app browser below it
 * ("Use This Folder" takes the folder shown).
 */
export function FolderField({ id, value, onChange, onEnter }: { id: string; value: string; onChange: (folder: string) => void; onEnter?: () => void }) {
  const [browsing, setBrowsing] = useState(false);
  const [browsed, setBrowsed] = useState<{ folder?: string }>({});
  return (
    <>
      <div className="form-field">
        <label htmlFor={id}>Folder</label>
        <div className="form-row">
          <input
            id={id}
            className="text-input mono"
            value={value}
            spellCheck={false}
            onChange={(e) => onChange(e.target.value)}
            onKeyDown={(e) => e.key === 'Enter' && onEnter?.()}
          />
          <Button variant="secondary" icon="folder-opened" onClick={() => setBrowsing(!browsing)} aria-expanded={browsing}>
            Browse…
          </Button>
        </div>
      </div>
      {browsing && (
        <div className="form-field">
          <FileBrowser mode="folder" initialPath={value || undefined} onSubmitFile={() => undefined} onSelection={setBrowsed} />
          <div className="form-row">
            <Button
              variant="secondary"
              disabled={!browsed.folder}
              onClick={() => {
                if (browsed.folder) onChange(browsed.folder);
                setBrowsing(false);
              }}
            >
              Use This Folder
            </Button>
          </div>
        </div>
      )}
    </>
  );
}
