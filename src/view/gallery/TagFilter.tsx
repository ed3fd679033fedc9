import type { ScenarioTag } from '../../scenario/types';
import { SCENARIO_TAGS } from '../../scenario/types';
import { useT } from '../../store/lang';

/** One toggle button per tag (aria-pressed); none pressed means every tag. */
export function TagFilter(props: { pressed: readonly ScenarioTag[]; onToggle: (tag: ScenarioTag) => void }) {
  const t = useT();
  return (
    <div role="group" aria-label={t('gallery.filterByTag')} className="kw-gallery-tags">
      {SCENARIO_TAGS.map((tag) => (
        <button
          key={tag}
          type="button"
          className="kw-btn kw-btn-small kw-tag-toggle"
          data-tag={tag}
          aria-pressed={props.pressed.includes(tag)}
          title={t(`tag.hint.${tag}`)}
          onClick={() => props.onToggle(tag)}
        >
          {t(`tag.${tag}`)}
        </button>
      ))}
    </div>
  );
}
