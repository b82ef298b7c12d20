import { describe, expect, it } from 'vitest';
import { getRoleMatcher } from '../../lib/matching/role-matcher';

/**
 * Recognition rules (architecture), table-driven. Each case is a document (blocks of text) and the
 * exact list of mentions expected in it, written `surface=roleId` (with `/via` for abbreviations).
 */
type Case = readonly [name: string, blocks: string | readonly string[], expected: readonly string[]];

function mentionsOf(blocks: string | readonly string[]): string[] {
  const list = typeof blocks === 'string' ? [blocks] : blocks;
  return getRoleMatcher()
    .find(list)
    .map((m) => (m.via === 'title' ? `${m.surface}=${m.roleId}` : `${m.surface}=${m.roleId}/${m.via}`));
}

const matches: readonly Case[] = [
  // Each role and synonym
  ['product manager', 'We are hiring a Product Manager.', ['Product Manager=product-manager']],
  ['product owner', 'Our Product Owner orders the backlog.', ['Product Owner=product-owner']],
  ['chief product officer', 'Meet our Chief Product Officer.', ['Chief Product Officer=chief-product-officer']],
  [
    'chief product owner is not product owner',
    'The Chief Product Owner leads.',
    ['Chief Product Owner=chief-product-owner'],
  ],
  ['head of product', 'She is Head of Product.', ['Head of Product=head-of-product']],
  ['VP of Product', 'VP of Product, EMEA', ['VP of Product=head-of-product']],
  ['VP Product', 'Hiring: VP Product', ['VP Product=head-of-product']],
  ['VP, Product', 'Title: VP, Product', ['VP, Product=head-of-product']],
  ['Vice President of Product', 'Vice President of Product at Acme', ['Vice President of Product=head-of-product']],
  ['Director of Product', 'Director of Product (Payments)', ['Director of Product=head-of-product']],
  [
    'Director of Product Management',
    'Director of Product Management',
    ['Director of Product Management=head-of-product'],
  ],
  ['Head of Product Management', 'Head of Product Management', ['Head of Product Management=head-of-product']],
  ['Head of Product & Design names the product org', 'Head of Product & Design', ['Head of Product=head-of-product']],
  ['project manager', 'Project Manager, Construction', ['Project Manager=project-manager']],
  ['program manager', 'Program Manager, Cloud', ['Program Manager=program-manager']],
  ['programme manager', 'Programme Manager (NHS)', ['Programme Manager=program-manager']],
  ['technical program manager', 'Technical Program Manager', ['Technical Program Manager=program-manager']],
  ['scrum master', 'Certified Scrum Master wanted', ['Scrum Master=scrum-master']],
  ['ScrumMaster', 'Our ScrumMaster facilitates', ['ScrumMaster=scrum-master']],
  ['product marketing manager', 'Product Marketing Manager', ['Product Marketing Manager=product-marketing-manager']],
  ['product marketer', 'A product marketer writes the launch plan', ['product marketer=product-marketing-manager']],
  ['business analyst', 'Business Analyst (Contract)', ['Business Analyst=business-analyst']],
  ['business systems analyst', 'Senior Business Systems Analyst', ['Senior Business Systems Analyst=business-analyst']],

  // Seniority and specialty words inside the mention
  ['Senior', 'Senior Product Manager, Payments', ['Senior Product Manager=product-manager']],
  ['Sr.', 'Sr. Product Owner', ['Sr. Product Owner=product-owner']],
  ['Sr without dot', 'Sr Product Owner', ['Sr Product Owner=product-owner']],
  ['Junior', 'Junior Project Manager', ['Junior Project Manager=project-manager']],
  ['Associate', 'Associate Product Manager', ['Associate Product Manager=product-manager']],
  ['Lead', 'Lead Product Owner', ['Lead Product Owner=product-owner']],
  ['Principal', 'Principal Product Manager', ['Principal Product Manager=product-manager']],
  ['Staff', 'Staff Product Manager', ['Staff Product Manager=product-manager']],
  ['Group', 'Group Product Manager', ['Group Product Manager=product-manager']],
  ['stacked words', 'Senior Technical Product Manager', ['Senior Technical Product Manager=product-manager']],
  ['level II', 'Product Manager II', ['Product Manager II=product-manager']],
  ['level III', 'Program Manager III - Azure', ['Program Manager III=program-manager']],
  ['level 2', 'Product Manager 2, Search', ['Product Manager 2=product-manager']],
  [
    'interim: how the post is held, not a level',
    'Interim Chief Product Officer',
    ['Chief Product Officer=chief-product-officer'],
  ],
  ['senior VP', 'Senior Vice President of Product', ['Senior Vice President of Product=head-of-product']],

  // Case, plurals, possessives, spaces
  ['plural', 'We hire product managers', ['product managers=product-manager']],
  ['upper case', 'SENIOR PRODUCT OWNER', ['SENIOR PRODUCT OWNER=product-owner']],
  ["possessive '", "the product manager's job", ["product manager's=product-manager"]],
  ['possessive ’', 'the product manager’s job', ['product manager’s=product-manager']],
  ["plural possessive '", "product managers' guild", ["product managers'=product-manager"]],
  ['plural possessive ’', 'scrum masters’ meetup', ['scrum masters’=scrum-master']],
  ['plural of a leadership title', 'Heads of Product meet monthly', ['Heads of Product=head-of-product']],
  ['no-break space', 'Product\u00A0Owner', ['Product\u00A0Owner=product-owner']],
  ['narrow no-break space', 'Scrum\u202FMaster', ['Scrum\u202FMaster=scrum-master']],
  ['line break', 'a Product\nManager who', ['Product\nManager=product-manager']],
  ['several spaces and a tab', 'Project  \t Manager', ['Project  \t Manager=project-manager']],
  ['title after punctuation', '(Product Owner)', ['Product Owner=product-owner']],
  [
    'two titles in a row',
    'Product Manager/Product Owner',
    ['Product Manager=product-manager', 'Product Owner=product-owner'],
  ],

  // Abbreviations: definitions
  [
    'definition then bare use',
    ['Our Product Owner (PO) orders the backlog.', 'The PO also talks to customers.'],
    ['Product Owner=product-owner', 'PO=product-owner/definition', 'PO=product-owner/definition'],
  ],
  [
    'definition after the abbreviation: CPO (Chief Product Owner)',
    'The CPO (Chief Product Owner) coordinates POs.',
    ['CPO=chief-product-owner/definition', 'Chief Product Owner=chief-product-owner'],
  ],
  [
    'Chief Product Owner (CPO) on a page that also names a Chief Product Officer',
    ['The Chief Product Owner (CPO) runs the MetaScrum.', 'Our Chief Product Officer sets strategy.', 'Ask the CPO.'],
    [
      'Chief Product Owner=chief-product-owner',
      'CPO=chief-product-owner/definition',
      'Chief Product Officer=chief-product-officer',
      'CPO=chief-product-owner/definition',
    ],
  ],
  [
    'plural definition',
    ['Product Managers (PMs) own the why.', 'PMs talk to users.'],
    ['Product Managers=product-manager', 'PMs=product-manager/definition', 'PMs=product-manager/definition'],
  ],
  [
    '"(or PM)" definition',
    'A product manager (or PM) decides what to build.',
    ['product manager=product-manager', 'PM=product-manager/definition'],
  ],
  [
    '"Product Owners, or POs," definition',
    'Product Owners, or POs, manage the backlog.',
    ['Product Owners=product-owner', 'POs=product-owner/definition'],
  ],
  [
    'a definition overrides the words of the abbreviation: Technical Product Manager (TPM)',
    ['Technical Product Manager (TPM)', 'The TPM owns the API roadmap.'],
    ['Technical Product Manager=product-manager', 'TPM=product-manager/definition', 'TPM=product-manager/definition'],
  ],
  [
    'bare use takes the nearest preceding definition',
    ['Product Manager (PM)', 'The PM decides.', 'Project Manager (PM)', 'The PM plans.'],
    [
      'Product Manager=product-manager',
      'PM=product-manager/definition',
      'PM=product-manager/definition',
      'Project Manager=project-manager',
      'PM=project-manager/definition',
      'PM=project-manager/definition',
    ],
  ],
  [
    'without a preceding definition, the first one after',
    ['Every PM plans.', 'Project Manager (PM) is the title we use.'],
    ['PM=project-manager/definition', 'Project Manager=project-manager', 'PM=project-manager/definition'],
  ],
  [
    'Business Analyst (BA) then bare BA',
    ['Business Analyst (BA)', 'The BA writes user stories.'],
    ['Business Analyst=business-analyst', 'BA=business-analyst/definition', 'BA=business-analyst/definition'],
  ],

  // Abbreviations: the page's own titles decide
  [
    'PM on a product page',
    ['Senior Product Manager, Growth', 'As a PM you will own the onboarding funnel.'],
    ['Senior Product Manager=product-manager', 'PM=product-manager/context'],
  ],
  [
    'PM on a project page',
    ['Project Manager - Construction', 'The PM runs site meetings and the schedule.'],
    ['Project Manager=project-manager', 'PM=project-manager/context'],
  ],
  [
    'PM near each section on a page about both',
    [
      'Product managers decide what to build. A product manager talks to customers every week.',
      'A good PM says no often.',
      'x '.repeat(4000),
      'Project managers run delivery. The project manager owns the plan and the budget.',
      'A good PM reports risks early.',
    ],
    [
      'Product managers=product-manager',
      'product manager=product-manager',
      'PM=product-manager/context',
      'Project managers=project-manager',
      'project manager=project-manager',
      'PM=project-manager/context',
    ],
  ],
  [
    'plural PMs with a number before it',
    ['Product Manager', 'We have 3 PMs.'],
    ['Product Manager=product-manager', 'PMs=product-manager/context'],
  ],
  [
    "PM's possessive",
    ['Product Manager', "the PM's calendar"],
    ['Product Manager=product-manager', "PM's=product-manager/context"],
  ],
  [
    'Senior PM keeps its seniority word',
    ['Product Manager roles', 'Senior PM, Payments'],
    ['Product Manager=product-manager', 'Senior PM=product-manager/context'],
  ],
  [
    'PM/PO on a page with both titles',
    ['Product Manager and Product Owner', 'The PM/PO split'],
    [
      'Product Manager=product-manager',
      'Product Owner=product-owner',
      'PM=product-manager/context',
      'PO=product-owner/context',
    ],
  ],
  [
    'CPO when only Chief Product Officer appears',
    ['Chief Product Officer', 'The CPO reports to the CEO.'],
    ['Chief Product Officer=chief-product-officer', 'CPO=chief-product-officer/context'],
  ],
  [
    'TPM with Technical Program Manager',
    ['Technical Program Manager', 'TPMs run launches.'],
    ['Technical Program Manager=program-manager', 'TPMs=program-manager/context'],
  ],
  [
    'PMM with Product Marketing Manager',
    ['Product Marketing Manager', 'The PMM owns positioning.'],
    ['Product Marketing Manager=product-marketing-manager', 'PMM=product-marketing-manager/context'],
  ],
  [
    'APM with Associate Product Manager',
    ['Associate Product Manager Program', 'APMs rotate teams.'],
    ['Associate Product Manager=product-manager', 'APMs=product-manager/context'],
  ],
  [
    'GPM with Group Product Manager',
    ['Group Product Manager', 'The GPM leads three PMs.'],
    ['Group Product Manager=product-manager', 'GPM=product-manager/context', 'PMs=product-manager/context'],
  ],
  [
    'BA with Business Analyst',
    ['Business Analyst', 'The BA maps the process.'],
    ['Business Analyst=business-analyst', 'BA=business-analyst/context'],
  ],
  [
    'PO with Product Owner',
    ['Product Owner', 'The PO accepts the work.'],
    ['Product Owner=product-owner', 'PO=product-owner/context'],
  ],
];

const doesNotMatch: readonly Case[] = [
  // Disciplines, certifications, bodies, generic words
  ['product management', 'Five years of product management', []],
  ['project management', 'project management skills', []],
  ['product marketing', 'Our product marketing team', []],
  ['program management', 'program management office', []],
  ['PMP, PMI, PMO', 'PMP certified, PMI member, reports to the PMO', []],
  ['generic manager, owner, officer', 'The manager, the owner and the officer met.', []],
  ['Production Manager', 'Production Manager, night shift', []],
  ['Owner Operator', 'Owner Operator truck drivers', []],
  ['word inside another word', 'subproduct managers and productmanager', []],
  ['title continued by a letter', 'product managerial skills', []],
  ['scrum mastery', 'scrum mastery', []],
  ['lower-case abbreviation', ['Product Manager', 'the pm and the po'], ['Product Manager=product-manager']],
  ['mixed-case abbreviation', ['Product Manager', 'Pm and Po'], ['Product Manager=product-manager']],
  ['level word I is a pronoun', 'the product manager I met', ['product manager=product-manager']],
  ['digit followed by a unit is not a level', 'Product Manager 2 years minimum', ['Product Manager=product-manager']],

  // Leadership titles narrowed by a discipline
  ['Head of Product Design', 'Head of Product Design', []],
  ['VP of Product Marketing', 'VP of Product Marketing', []],
  ['Director of Product Operations', 'Director of Product Operations', []],
  ['Head of Product Engineering', 'Head of Product Engineering', []],
  ['VP Product Design', 'VP Product Design', []],

  // Abbreviations: negative contexts
  ['time 9 AM to 5 PM', ['Product Manager', 'Hours: 9 AM to 5 PM'], ['Product Manager=product-manager']],
  ['time 6PM', ['Product Manager', 'Standup at 6PM'], ['Product Manager=product-manager']],
  ['time 4 PM ET', ['Product Manager', 'Interviews until 4 PM ET'], ['Product Manager=product-manager']],
  ['time 10:30 PM', ['Product Manager', 'Doors close 10:30 PM'], ['Product Manager=product-manager']],
  ['time 9–5 PM', ['Product Manager', 'Office hours 9–5 PM'], ['Product Manager=product-manager']],
  ['AM/PM', ['Product Manager', 'Choose AM/PM'], ['Product Manager=product-manager']],
  ['PM followed by a time zone', ['Product Manager', 'Deadline: noon, 12 PM PST'], ['Product Manager=product-manager']],
  ['PO Box', ['Product Owner', 'PO Box 1234, Springfield'], ['Product Owner=product-owner']],
  ['P.O. Box', ['Product Owner', 'P.O. Box 99'], ['Product Owner=product-owner']],
  ['PO number', ['Product Owner', 'Quote the PO number on invoices'], ['Product Owner=product-owner']],
  ['PO-1234', ['Product Owner', 'See PO-1234'], ['Product Owner=product-owner']],
  ['PO #5521', ['Product Owner', 'Ref PO #5521'], ['Product Owner=product-owner']],
  ['PO 4500012345', ['Product Owner', 'PO 4500012345 approved'], ['Product Owner=product-owner']],
  ['PM10 and PM2.5', ['Product Manager', 'PM10 and PM2.5 levels'], ['Product Manager=product-manager']],
  ['PM 2.5 with a space', ['Product Manager', 'PM 2.5 readings'], ['Product Manager=product-manager']],
  ['BA degree', ['Business Analyst', 'BA degree required'], ['Business Analyst=business-analyst']],
  ['BA or BS', ['Business Analyst', 'BA or BS in Finance'], ['Business Analyst=business-analyst']],
  ['BA/BS', ['Business Analyst', 'BA/BS preferred'], ['Business Analyst=business-analyst']],
  ['BA in Economics', ['Business Analyst', 'Holds a BA in Economics'], ['Business Analyst=business-analyst']],
  ['MA, BA', ['Business Analyst', 'Education: MA, BA'], ['Business Analyst=business-analyst']],
  ['BA (Hons)', ['Business Analyst', 'BA (Hons) History'], ['Business Analyst=business-analyst']],
  ['APM tools', ['Product Manager', 'Experience with APM tools like Datadog'], ['Product Manager=product-manager']],
  ['PM software', ['Project Manager', 'PM software such as Jira'], ['Project Manager=project-manager']],
  [
    'TPM 2.0 chip',
    ['Technical Program Manager', 'Devices need TPM 2.0'],
    ['Technical Program Manager=program-manager'],
  ],

  // Abbreviations: definitions of something other than a role
  [
    'Chief Privacy Officer (CPO) followed by bare CPO',
    ['Our Chief Privacy Officer (CPO) reviews data requests.', 'Contact the CPO.'],
    [],
  ],
  [
    'a privacy CPO definition wins over a product title elsewhere on the page',
    ['Chief Product Officer: Ana Ruiz', 'Chief Privacy Officer (CPO): Ben Ode', 'Write to the CPO.'],
    ['Chief Product Officer=chief-product-officer'],
  ],
  [
    'purchase order (PO) on a page about product owners',
    ['Product Owner', 'Every purchase order (PO) needs approval.', 'Send the PO to finance.'],
    ['Product Owner=product-owner'],
  ],
  [
    'Trusted Platform Module (TPM)',
    ['Technical Program Manager', 'The Trusted Platform Module (TPM) stores keys.', 'Enable the TPM in BIOS.'],
    ['Technical Program Manager=program-manager'],
  ],
  [
    'Production Manager (PM): initials name a non-role',
    ['Product Manager', 'Production Manager (PM)', 'The PM runs the line.'],
    ['Product Manager=product-manager'],
  ],
  [
    'Bachelor of Arts (BA)',
    ['Business Analyst', 'Bachelor of Arts (BA)', 'A BA takes 3 years.'],
    ['Business Analyst=business-analyst'],
  ],
  [
    'project management (PM): a discipline defined',
    ['Project Manager', 'Project management (PM) is a discipline.', 'PM matters.'],
    ['Project Manager=project-manager'],
  ],

  // Abbreviations: context without a clear answer
  ['PM with no evidence', 'The PM will join us.', []],
  ['PO with no evidence', 'Send it to the PO.', []],
  ['CPO with no evidence', 'The CPO approved it.', []],
  ['BA with no evidence', 'The BA wrote it.', []],
  [
    'CPO when both Chief Product Officer and Chief Product Owner appear',
    ['Chief Product Officer', 'Chief Product Owner', 'The CPO decides.'],
    ['Chief Product Officer=chief-product-officer', 'Chief Product Owner=chief-product-owner'],
  ],
  [
    'CPO when another CPO meaning is named on the page',
    ['Chief Product Officer', 'Our chief people officer', 'The CPO decides.'],
    ['Chief Product Officer=chief-product-officer'],
  ],
  [
    'PM when product and project titles are equally near',
    ['Product Manager or Project Manager? Ask the PM.'],
    ['Product Manager=product-manager', 'Project Manager=project-manager'],
  ],
  [
    'PM near the prime minister',
    ['Product Manager', 'x '.repeat(4000), 'The prime minister spoke. The PM said the budget is final.'],
    ['Product Manager=product-manager'],
  ],
  [
    'abbreviation inside a longer token',
    ['Product Manager', 'PMS, SPM, PMx, xPM, PM_1'],
    ['Product Manager=product-manager'],
  ],
];

describe('matcher', () => {
  describe('matches', () => {
    it.each(matches)('%s', (_name, blocks, expected) => {
      expect(mentionsOf(blocks)).toEqual(expected);
    });
  });
  describe('does not match', () => {
    it.each(doesNotMatch)('%s', (_name, blocks, expected) => {
      expect(mentionsOf(blocks)).toEqual(expected);
    });
  });
  it('has at least 80 cases', () => {
    expect(matches.length + doesNotMatch.length).toBeGreaterThanOrEqual(80);
  });
});
