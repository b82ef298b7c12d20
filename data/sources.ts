import type { Source } from './types';

/**
 * Published references the glossary relies on. Keys are kebab-case and stable: roles and comparisons
 * cite them. URLs are shown to the user as links; RoleLens never fetches them.
 *
 * `year` is the year of the edition referred to. Continuously edited web pages (SAFe articles, LeSS
 * pages, Wikipedia) carry the year of the version the glossary was written against.
 */
export const SOURCES = {
  'scrum-guide-2020': {
    title: 'The Scrum Guide',
    publisher: 'Ken Schwaber and Jeff Sutherland',
    year: 2020,
    url: 'https://scrumguides.org/scrum-guide.html',
  },
  'nexus-guide-2021': {
    title: 'The Nexus Guide',
    publisher: 'Ken Schwaber and Scrum.org',
    year: 2021,
    url: 'https://www.scrum.org/resources/nexus-guide',
  },
  'scrum-at-scale-guide': {
    title: 'The Scrum@Scale Guide',
    publisher: 'Jeff Sutherland and Scrum Inc.',
    year: 2021,
    url: 'https://www.scrumatscale.com/scrum-at-scale-guide/',
  },
  'safe-product-owner': {
    title: 'Product Owner (SAFe 6.0)',
    publisher: 'Scaled Agile, Inc.',
    year: 2023,
    url: 'https://scaledagileframework.com/product-owner/',
  },
  'safe-product-management': {
    title: 'Product Management (SAFe 6.0)',
    publisher: 'Scaled Agile, Inc.',
    year: 2023,
    url: 'https://scaledagileframework.com/product-management/',
  },
  'safe-release-train-engineer': {
    title: 'Release Train Engineer (SAFe 6.0)',
    publisher: 'Scaled Agile, Inc.',
    year: 2023,
    url: 'https://scaledagileframework.com/release-train-engineer/',
  },
  'safe-scrum-master-team-coach': {
    title: 'Scrum Master/Team Coach (SAFe 6.0)',
    publisher: 'Scaled Agile, Inc.',
    year: 2023,
    url: 'https://scaledagileframework.com/scrum-master-team-coach/',
  },
  'less-product-owner': {
    title: 'LeSS Framework: Product Owner',
    publisher: 'Craig Larman and Bas Vodde (The LeSS Company)',
    year: 2016,
    url: 'https://less.works/less/framework/product-owner',
  },
  'less-area-product-owner': {
    title: 'LeSS Huge: Area Product Owner',
    publisher: 'Craig Larman and Bas Vodde (The LeSS Company)',
    year: 2016,
    url: 'https://less.works/less/less-huge/area-product-owner',
  },
  'pmbok-guide-7': {
    title: 'A Guide to the Project Management Body of Knowledge (PMBOK Guide), Seventh Edition',
    publisher: 'Project Management Institute',
    year: 2021,
    url: 'https://www.pmi.org/standards/pmbok',
  },
  'pmi-program-management-standard-4': {
    title: 'The Standard for Program Management, Fourth Edition',
    publisher: 'Project Management Institute',
    year: 2017,
    url: 'https://www.pmi.org/standards/program-management',
  },
  'babok-guide-v3': {
    title: 'A Guide to the Business Analysis Body of Knowledge (BABOK Guide), Version 3',
    publisher: 'International Institute of Business Analysis (IIBA)',
    year: 2015,
    url: 'https://www.iiba.org/career-resources/a-business-analysis-professionals-foundation-for-success/babok/',
  },
  'cagan-inspired-2017': {
    title: 'Inspired: How to Create Tech Products Customers Love, 2nd Edition',
    publisher: 'Marty Cagan (Wiley)',
    year: 2017,
    url: 'https://www.svpg.com/books/inspired-how-to-create-tech-products-customers-love-2nd-edition/',
  },
  'svpg-four-big-risks': {
    title: 'The Four Big Risks',
    publisher: 'Marty Cagan, Silicon Valley Product Group',
    year: 2017,
    url: 'https://www.svpg.com/four-big-risks/',
  },
  'perri-escaping-the-build-trap': {
    title: 'Escaping the Build Trap: How Effective Product Management Creates Real Value',
    publisher: "Melissa Perri (O'Reilly Media)",
    year: 2018,
    url: 'https://www.oreilly.com/library/view/escaping-the-build/9781491973783/',
  },
  'lauchengco-loved': {
    title: 'Loved: How to Rethink Marketing for Tech Products',
    publisher: 'Martina Lauchengco (Wiley, SVPG series)',
    year: 2022,
    url: 'https://www.svpg.com/books/loved-how-to-rethink-marketing-for-tech-products/',
  },
  'wikipedia-product-manager': {
    title: 'Product manager',
    publisher: 'Wikipedia',
    year: 2026,
    url: 'https://en.wikipedia.org/wiki/Product_manager',
  },
  'wikipedia-chief-product-officer': {
    title: 'Chief product officer',
    publisher: 'Wikipedia',
    year: 2026,
    url: 'https://en.wikipedia.org/wiki/Chief_product_officer',
  },
  'wikipedia-project-manager': {
    title: 'Project manager',
    publisher: 'Wikipedia',
    year: 2026,
    url: 'https://en.wikipedia.org/wiki/Project_manager',
  },
  'wikipedia-program-management': {
    title: 'Program management',
    publisher: 'Wikipedia',
    year: 2026,
    url: 'https://en.wikipedia.org/wiki/Program_management',
  },
  'wikipedia-business-analyst': {
    title: 'Business analyst',
    publisher: 'Wikipedia',
    year: 2026,
    url: 'https://en.wikipedia.org/wiki/Business_analyst',
  },
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;
