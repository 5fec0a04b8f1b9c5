import Markdown from 'react-markdown';

/** What a caption may contain: paragraphs, emphasis, lists and links; anything else is unwrapped to its text. */
const ALLOWED = ['p', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'br', 'code'];

/**
 * A step's caption, written by a trainer in short Markdown. react-markdown builds React elements
 * (never innerHTML), raw HTML is skipped, and its default URL transform drops javascript: links.
 */
export function Caption({ text, testId }: { text: string; testId?: string }) {
  return (
    <div className="story-markdown" data-testid={testId}>
      <Markdown
        skipHtml
        allowedElements={ALLOWED}
        unwrapDisallowed
        components={{
          a: ({ href, children }) => (
            <a href={href} target="_blank" rel="noreferrer noopener">
              {children}
            </a>
          ),
        }}
      >
        {text}
      </Markdown>
    </div>
  );
}
