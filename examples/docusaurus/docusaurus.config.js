// Only the part that matters for kubewalk: the host script that sizes kubewalk iframes.
export default {
  title: 'My docs',
  url: 'http://localhost:3000',
  baseUrl: '/',
  scripts: [{ src: 'http://localhost:4173/kubewalk-embed.js', defer: true }],
  presets: [['classic', { docs: { routeBasePath: '/' } }]],
};
