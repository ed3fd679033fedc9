import { useT } from '../../store/lang';

interface Props {
  removed: Record<string, string>;
}

/** The course note's flags that today's kube-apiserver no longer has. */
export function Removed({ removed }: Props) {
  const t = useT();
  return (
    <section aria-labelledby="kw-removed-title" className="kw-config-removed">
      <h2 id="kw-removed-title">{t('config.removed')}</h2>
      <dl>
        {Object.entries(removed).map(([name, why]) => (
          <div key={name}>
            <dt><code>{name === 'Initializers' ? t('config.initializers') : `--${name}`}</code></dt>
            <dd>{why}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
