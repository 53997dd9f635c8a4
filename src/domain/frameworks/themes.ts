// The ten key themes of the PETRAS report to DCMS (seed 004). Baseline items carry them as tags
// ("theme:<id>") so a policymaker can browse the baseline by theme.

export const THEMES = [
  { id: 'security-by-design', title: 'Security by default/design measures' },
  { id: 'regulation', title: 'Balance between regulation and self-regulation' },
  { id: 'certification-trust', title: 'Certification and trust' },
  { id: 'standardisation', title: 'Standardisation' },
  { id: 'procurement', title: 'Procurement' },
  { id: 'training', title: 'Training and capacity building' },
  { id: 'liability', title: 'Liability' },
  { id: 'data-transparency', title: 'Data management and transparency' },
  { id: 'research', title: 'Research and development' },
  { id: 'collaboration', title: 'International collaboration, consensus and public-private partnerships' },
] as const;
export type ThemeId = (typeof THEMES)[number]['id'];

export const THEME_TAG_PREFIX = 'theme:';
