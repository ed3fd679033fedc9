// The sandbox console's own words in English (help, refusals, what a link or an edit changed), and
// why a cluster edit cannot apply: part of uiEn. kubectl's printed output is not here: it stays as
// kubectl prints it.
export const uiEnConsole = {
  'console.help': 'Supported commands:\n{commands}\nConsole: help, clear; ↑/↓ history; Tab completes commands, flags and names.',
  'console.rejected': 'kubectl rejects the command: {error}',
  'console.supported': 'Supported commands:\n{commands}\nFlags: {flags}',
  'console.hint': 'Hint: {hint}',
  'console.replayed.one': 'Replayed 1 command.',
  'console.replayed.other': 'Replayed {count} commands.',
  'console.replayedFrom.one': 'Replayed 1 command from the scenario "{title}".',
  'console.replayedFrom.other': 'Replayed {count} commands from the scenario "{title}".',
  'console.user': "Now running as {user}; the session's commands ran again.",
  'console.clusterChanged': "Cluster changed; the session's commands ran again on it.",
  'sandbox.title': 'Sandbox',
  'sandbox.summary': 'Your own kubectl commands',
  'sandbox.editLeftOut': 'Cluster edit left out: {error}',

  'sandbox.url.scenario': 'Unknown scenario "{asked}"; starting from the default cluster',
  'sandbox.url.tooMany': 'The link has {count} commands; replaying the first {max}',
  'sandbox.url.user': "Unknown user \"{asked}\"; using the cluster's own user (use one of {presets})",
  'sandbox.url.leftOut': '{error}; left out',

  'edit.nodeName': '"{node}" is not a valid node name (lower-case letters, digits and -)',
  'edit.nodeExists': 'node {node} already exists',
  'edit.noNode': 'there is no node {node}',
  'edit.controlPlane': '{node} runs the control plane; only worker nodes can be removed',
  'edit.quantity': '"{value}" is not a valid {resource} quantity (e.g. {example})',
  'edit.quantityOr': '{a} or {b}',
  'edit.taintKey': '"{key}" is not a valid taint key (e.g. dedicated or example.com/gpu)',
  'edit.taintValue': '"{value}" is not a valid taint value',
  'edit.taintEffect': '"{effect}" is not a taint effect ({effects})',
  'edit.taintExists': '{node} already has a {key} taint with effect {effect}',
  'edit.noNamespace': 'there is no namespace {namespace}',
  'edit.quotaResource': '"{resource}" is not a quota resource here ({resources})',
  'edit.quotaQuantity': '"{value}" is not a valid quantity for {resource}',
  'edit.unreadable': '"{part}" is not a cluster edit',
} as const;
