// A Docusaurus (React, MDX) wrapper for <kube-walkthrough>. The element's script is imported in an
// effect, so server-side rendering never runs it; until then the tag renders as an empty block.
// Replace http://localhost:4173/ with where kubewalk is served (it must allow your site: CORS).
import React, { useEffect } from 'react';

const KUBEWALK = 'http://localhost:4173/';

export default function KubeWalkthrough({ scenario = 'create-pod', step, level, theme = 'auto', controls }) {
  useEffect(() => {
    import(/* webpackIgnore: true */ `${KUBEWALK}lib/kube-walkthrough.js`);
  }, []);
  return React.createElement('kube-walkthrough', { scenario, step, level, theme, controls });
}
