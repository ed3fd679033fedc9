import type { ScenarioTag } from '../../scenario/types';
import { SCENARIO_TAGS } from '../../scenario/types';

export const TAG_HINT: Record<ScenarioTag, string> = {
  beginner: 'first steps with kubectl',
  operator: 'what someone running a cluster should know',
  engineer: 'the internals',
};

/** One toggle button per tag (aria-pressed); none pressed means every tag. */
export function TagFilter(props: { pressed: readonly ScenarioTag[]; onToggle: (tag: ScenarioTag) => void }) {
  return (
    <div role="group" aria-label="Filter by tag" className="kw-gallery-tags">
      {SCENARIO_TAGS.map((tag) => (
        <button
          key={tag}
          type="button"
          className="kw-btn kw-btn-small kw-tag-toggle"
          data-tag={tag}
          aria-pressed={props.pressed.includes(tag)}
          title={TAG_HINT[tag]}
          onClick={() => props.onToggle(tag)}
        >
          {tag}
        </button>
      ))}
    </div>
  );
}
