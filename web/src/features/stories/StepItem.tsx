import { useState, type DragEvent } from 'react';
import type { StoryStep } from '../../api/client';
import { useT, type Lang } from '../../i18n/messages';
import { useExplorer } from '../../state/store';
import { stepText } from './storyModel';

interface StepItemProps {
  step: StoryStep;
  index: number;
  count: number;
  current: boolean;
  onShow(): void;
  onMove(to: number): void;
  onDuplicate(): void;
  onRecapture(): void;
  onDelete(): void;
  onDrop(from: number): void;
}

const FIELDS = ['title', 'caption', 'notes'] as const;

/** One step of the list: its handle (drag, or ↑ ↓ on the keyboard), its actions and its text editor. */
export function StepItem({ step, index, count, current, onShow, onMove, onDuplicate, onRecapture, onDelete, onDrop }: StepItemProps) {
  const t = useT();
  const lang = useExplorer((state) => state.lang);
  const editStory = useExplorer((state) => state.editStory);
  const [editing, setEditing] = useState(false);
  const [over, setOver] = useState(false);
  const title = stepText(step, 'title', lang) || t.stories.stepNumber(index + 1);
  const update = (patch: Partial<StoryStep>) =>
    editStory((story) => ({ ...story, steps: story.steps.map((other) => (other.id === step.id ? { ...other, ...patch } : other)) }));
  const label = (field: (typeof FIELDS)[number]) =>
    field === 'title' ? t.stories.stepTitle : field === 'caption' ? t.stories.caption : t.stories.notes;

  return (
    <li
      className={`story-step${current ? ' current' : ''}${over ? ' drop-target' : ''}`}
      data-step-id={step.id}
      data-testid="story-step"
      onDragOver={(event: DragEvent) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event: DragEvent) => {
        event.preventDefault();
        setOver(false);
        const from = Number(event.dataTransfer.getData('text/x-liaison-step'));
        if (Number.isInteger(from) && from !== index) onDrop(from);
      }}
    >
      <div className="story-step-row">
        <button
          type="button"
          className="story-step-handle"
          draggable
          aria-label={t.stories.handle(index + 1)}
          data-testid="story-step-handle"
          onDragStart={(event) => {
            event.dataTransfer.setData('text/x-liaison-step', String(index));
            event.dataTransfer.effectAllowed = 'move';
          }}
          onKeyDown={(event) => {
            if (event.key === 'ArrowUp' && index > 0) {
              event.preventDefault();
              onMove(index - 1);
            } else if (event.key === 'ArrowDown' && index < count - 1) {
              event.preventDefault();
              onMove(index + 1);
            }
          }}
        >
          ⠿ {index + 1}
        </button>
        <button type="button" className="story-step-title link" onClick={onShow} data-testid="story-step-show" title={t.stories.show}>
          {title}
        </button>
      </div>
      <div className="story-step-actions">
        <button type="button" onClick={() => setEditing(!editing)} aria-expanded={editing} data-testid="story-step-edit">
          {editing ? t.stories.done : t.stories.edit}
        </button>
        <button type="button" onClick={onRecapture} data-testid="story-step-recapture">
          {t.stories.recapture}
        </button>
        <button type="button" onClick={onDuplicate} data-testid="story-step-duplicate">
          {t.stories.duplicate}
        </button>
        <button type="button" onClick={onDelete} data-testid="story-step-delete">
          {t.stories.delete}
        </button>
      </div>
      {editing && (
        <div className="story-step-form" data-testid="story-step-form">
          {(['en', 'fr'] as Lang[]).map((language) => (
            <fieldset key={language}>
              <legend>{language === 'en' ? t.stories.english : t.stories.french}</legend>
              {FIELDS.map((field) => {
                const key = `${field}_${language}` as const;
                const id = `${step.id}-${key}`;
                return (
                  <label key={key} htmlFor={id}>
                    {label(field)}
                    {field === 'title' ? (
                      <input
                        id={id}
                        value={step[key]}
                        maxLength={200}
                        onChange={(event) => update({ [key]: event.target.value })}
                        data-testid={`step-${key}`}
                      />
                    ) : (
                      <textarea
                        id={id}
                        value={step[key]}
                        rows={field === 'caption' ? 3 : 2}
                        maxLength={field === 'caption' ? 2000 : 4000}
                        onChange={(event) => update({ [key]: event.target.value })}
                        data-testid={`step-${key}`}
                      />
                    )}
                  </label>
                );
              })}
            </fieldset>
          ))}
          <label className="inline">
            <input type="checkbox" checked={step.reveal} onChange={(event) => update({ reveal: event.target.checked })} data-testid="step-reveal" />
            {t.stories.reveal}
          </label>
        </div>
      )}
    </li>
  );
}
