import type { Role } from './types';

/**
 * The role glossary, one entry per id in ROLE_IDS and in the same order.
 *
 * `aliases` and `abbreviations` feed the matcher (lib/matching/): seniority words, plurals and
 * possessives are handled by rule there and are deliberately not listed. Everything else is copy
 * shown to users: hover card (summary, first three responsibilities, confusedWith), popup and the
 * compare page.
 */
export const ROLES = [
  {
    id: 'product-manager',
    title: 'Product Manager',
    aliases: ['Product Manager'],
    abbreviations: ['PM', 'APM', 'GPM'],
    family: 'product',
    summary:
      'Accountable for deciding what a product should do and why, so that what gets built is valuable, usable, feasible and viable.',
    description:
      'A Product Manager decides which customer problems a product should solve and what the team builds next, weighing customer needs, business goals and technical constraints. Marty Cagan describes the job as making sure the team discovers and delivers a product that is valuable, usable, feasible and viable, with the product manager personally answering for value and business viability. Product managers usually own the strategy and roadmap for their product area and lead through influence rather than line authority. In SAFe, Product Management works at the level of an Agile Release Train and owns its backlog, while Product Owners look after team backlogs.',
    responsibilities: [
      'Decide which customer and business problems the product should tackle, and why, using evidence about users, the market and the business.',
      'Turn product strategy into a roadmap and an ordered backlog of outcomes for the team to pursue.',
      'Lead product discovery with design and engineering, testing whether ideas are valuable, usable, feasible and viable before they are built.',
      'Define what success looks like, choose the measures, and check shipped work against them.',
      'Align stakeholders in sales, marketing, support, legal and leadership around priorities and trade-offs.',
      'Stay with the team during delivery to clarify intent and adjust scope as the team learns.',
      'Prepare launches with product marketing and bring customer feedback into the next round of decisions.',
    ],
    skills: [
      'Customer and market understanding',
      'Prioritisation and trade-off judgement',
      'Data analysis and experiment design',
      'Enough technical fluency to discuss feasibility with engineers',
      'Clear written and spoken communication',
      'Influencing without formal authority',
    ],
    usedIn: [
      {
        context: 'startups',
        note: 'Often the first dedicated product hire; until then a founder or the CEO usually does the job.',
      },
      {
        context: 'enterprises',
        note: 'A standard title in software and digital businesses, organised by product area with several seniority levels.',
      },
      {
        context: 'scrum',
        note: 'The Scrum Guide has no Product Manager; in Scrum teams a Product Manager commonly holds the Product Owner accountability.',
      },
      {
        context: 'scaled-frameworks',
        note: 'In SAFe, Product Management owns the vision, roadmap and backlog of an Agile Release Train, while Product Owners own the team backlogs.',
      },
      {
        context: 'public-sector',
        note: "Used in government digital teams for the person who sets a service's direction and priorities, for example in UK government.",
      },
    ],
    reportsTo:
      'A Group Product Manager, Director of Product or Head of Product; in a small startup, often the CEO or a founder.',
    worksWith: [
      'product-owner',
      'product-marketing-manager',
      'head-of-product',
      'scrum-master',
      'program-manager',
      'business-analyst',
    ],
    confusedWith: ['product-owner', 'project-manager', 'program-manager', 'product-marketing-manager'],
    careerLadder: [
      'Associate Product Manager',
      'Product Manager',
      'Senior Product Manager',
      'Group or Principal Product Manager',
      'Director of Product',
      'VP of Product',
      'Chief Product Officer',
    ],
    sources: [
      'cagan-inspired-2017',
      'svpg-four-big-risks',
      'perri-escaping-the-build-trap',
      'safe-product-management',
      'wikipedia-product-manager',
    ],
  },
  {
    id: 'product-owner',
    title: 'Product Owner',
    aliases: ['Product Owner'],
    abbreviations: ['PO'],
    family: 'agile',
    summary:
      'One person accountable for maximising the value of the product a Scrum Team delivers, through the Product Goal and an ordered Product Backlog.',
    description:
      "Product Owner is one of three accountabilities the 2020 Scrum Guide defines within a Scrum Team, next to the Scrum Master and the Developers. It is held by one person, not a committee, who answers for maximising the value of the product resulting from the team's work and for effective Product Backlog management. The Product Owner may hand parts of that work to others but stays accountable, and the Guide expects the whole organisation to respect the Product Owner's decisions. Outside Scrum the term is also a job title, sometimes for a narrower, team-facing role that works under a Product Manager.",
    responsibilities: [
      "Maximise the value of the product resulting from the Scrum Team's work.",
      'Develop the Product Goal and communicate it explicitly to the team and stakeholders.',
      'Create Product Backlog items, communicate them clearly, and order them so the most valuable work comes first.',
      'Keep the Product Backlog transparent, visible and understood by everyone who depends on it.',
      'Represent the needs of many stakeholders in the backlog, while remaining the one person who decides its content and order.',
      'Inspect the Increment with stakeholders at the Sprint Review and adapt the backlog to what was learned.',
      'Stay accountable for backlog work delegated to others, such as Developers or analysts writing items.',
    ],
    skills: [
      'Product and domain knowledge',
      'Decisive, value-based prioritisation',
      'Stakeholder management and negotiation',
      'Writing clear goals and backlog items',
      'Understanding of value and outcome measures',
      'Working knowledge of Scrum',
    ],
    usedIn: [
      {
        context: 'scrum',
        note: 'One of the three accountabilities in the 2020 Scrum Guide; several Scrum Teams working on one product share a single Product Owner.',
      },
      {
        context: 'scaled-frameworks',
        note: 'SAFe places Product Owners at team level under Product Management; LeSS and Nexus keep one Product Owner for the whole product; Scrum@Scale coordinates team Product Owners through a Chief Product Owner.',
      },
      {
        context: 'enterprises',
        note: 'A common job title in corporate agile programmes, sometimes for a team-facing role paired with a Product Manager.',
      },
      {
        context: 'public-sector',
        note: 'Used in government agile delivery, although some government digital teams call the same job Product Manager.',
      },
    ],
    reportsTo:
      'Scrum defines no reporting line; in practice a Product Owner usually reports to a Head of Product or to the business unit that owns the product, and not to the Scrum Master.',
    worksWith: [
      'scrum-master',
      'business-analyst',
      'product-manager',
      'chief-product-owner',
      'product-marketing-manager',
    ],
    confusedWith: ['product-manager', 'business-analyst', 'project-manager', 'scrum-master', 'chief-product-owner'],
    careerLadder: [
      'Associate Product Owner',
      'Product Owner',
      'Senior Product Owner',
      'Chief Product Owner',
      'Head of Product',
    ],
    sources: [
      'scrum-guide-2020',
      'safe-product-owner',
      'less-product-owner',
      'nexus-guide-2021',
      'scrum-at-scale-guide',
    ],
  },
  {
    id: 'chief-product-officer',
    title: 'Chief Product Officer',
    aliases: ['Chief Product Officer'],
    abbreviations: ['CPO'],
    family: 'leadership',
    summary:
      'The C-level executive accountable for product strategy, the product portfolio and the product organisation; usually reports to the CEO.',
    description:
      'A Chief Product Officer is the most senior product leader in a company and a member of its executive team. They set product vision and strategy across the portfolio, decide where product investment goes, and build and lead the product organisation, which often includes design and sometimes research. The title is more common in larger or fast-growing companies; in smaller ones the same job is usually done by a Head or VP of Product. The abbreviation CPO is ambiguous: it can also stand for Chief Product Owner, Chief People Officer, Chief Privacy Officer or Chief Procurement Officer.',
    responsibilities: [
      "Set the company's product vision and strategy and tie them to business goals.",
      'Decide how product investment is divided across products, markets and bets.',
      'Build, organise and develop the product organisation, hiring and coaching its leaders.',
      'Represent product on the executive team and to the board, and hold the product organisation to its outcomes.',
      'Align product with the engineering, design, marketing, sales and finance leadership.',
      'Set how the company plans, decides on and measures product work.',
    ],
    skills: [
      'Strategic thinking and business acumen',
      'Organisation design and leading other leaders',
      'Executive and board communication',
      'Portfolio-level prioritisation',
      'Deep product management experience',
    ],
    usedIn: [
      {
        context: 'startups',
        note: 'Appears at growth stage, often when a founder hands over product leadership; earlier, the top product role is usually Head or VP of Product.',
      },
      {
        context: 'enterprises',
        note: 'The top product role in many larger technology and digital companies, above VPs and Directors of Product.',
      },
    ],
    reportsTo: 'The Chief Executive Officer.',
    worksWith: ['head-of-product', 'product-manager', 'product-marketing-manager', 'program-manager'],
    confusedWith: ['chief-product-owner', 'head-of-product', 'product-manager'],
    sources: ['wikipedia-chief-product-officer', 'perri-escaping-the-build-trap', 'cagan-inspired-2017'],
  },
  {
    id: 'chief-product-owner',
    title: 'Chief Product Owner',
    aliases: ['Chief Product Owner'],
    abbreviations: ['CPO'],
    family: 'agile',
    summary:
      'Coordinates several Product Owners in scaled Scrum, owning the shared vision and single backlog for their teams; not a C-level executive.',
    description:
      'Chief Product Owner is a role from scaled Scrum. In Scrum@Scale, the Chief Product Owner leads a team of Product Owners, keeps one prioritised backlog and a strategic vision for the teams they serve, and presents that backlog to stakeholders at the MetaScrum. It is a coordinating product-ownership role for many teams rather than an executive title, and it may be held by one of the team Product Owners. Some companies and articles use the title loosely for what is usually called a Chief Product Officer, so the context decides which is meant.',
    responsibilities: [
      'Set and communicate one product vision for all the teams in the group.',
      'Keep a single ordered backlog for the group, made of larger items that team Product Owners break down.',
      'Coordinate priorities among the team Product Owners and resolve conflicts between their backlogs.',
      'Lead the MetaScrum, where the backlog is presented to stakeholders and agreement on it is reached.',
      'Plan releases with the Scrum of Scrums Master so that the combined work of the teams can be deployed.',
      'Watch customer feedback and product measures and adjust the shared backlog.',
    ],
    skills: [
      'Product strategy for multi-team products',
      'Facilitation and negotiation among Product Owners and stakeholders',
      'Backlog decomposition and dependency management',
      'Knowledge of scaled Scrum, especially Scrum@Scale',
      'Alignment of senior stakeholders',
    ],
    usedIn: [
      {
        context: 'scaled-frameworks',
        note: 'Defined in Scrum@Scale, where it leads the Product Owner Team and the MetaScrum; LeSS and Nexus instead keep one Product Owner for the whole product.',
      },
      {
        context: 'enterprises',
        note: 'Used in some large companies for the lead of several Product Owners on one product, and sometimes, loosely, for what is really a Chief Product Officer.',
      },
    ],
    reportsTo:
      'Usually a Head of Product, a business-unit leader or a Chief Product Officer; in Scrum@Scale the role answers to the stakeholders who meet at the MetaScrum.',
    worksWith: ['product-owner', 'scrum-master', 'head-of-product', 'chief-product-officer', 'program-manager'],
    confusedWith: ['chief-product-officer', 'product-owner', 'product-manager', 'head-of-product'],
    sources: ['scrum-at-scale-guide', 'scrum-guide-2020', 'less-product-owner', 'less-area-product-owner'],
  },
  {
    id: 'head-of-product',
    title: 'Head of Product',
    aliases: [
      'Head of Product',
      'VP of Product',
      'VP Product',
      'VP, Product',
      'Vice President of Product',
      'Vice President, Product',
      'Director of Product',
      'Product Director',
    ],
    abbreviations: [],
    family: 'leadership',
    summary:
      'Leads the product management team and owns product direction; the top product role in smaller companies, under a CPO in larger ones.',
    description:
      'Head of Product, VP of Product and Director of Product are titles for the person who leads a group of product managers and answers for the product strategy of a company or a large product area. In a small or mid-sized company this is usually the most senior product role and reports to the CEO. In a larger company the titles mark layers: Directors of Product typically report to a VP of Product, who reports to a Chief Product Officer. The scope behind each title varies a great deal from one company to another.',
    responsibilities: [
      'Lead the product management team: hire, coach and develop product managers.',
      'Set product strategy for the company or product area and make sure roadmaps follow from it.',
      'Decide priorities and trade-offs across product teams and settle conflicts between them.',
      'Establish how product work is planned, reviewed and measured.',
      'Represent product to executives and work as a partner to engineering, design and marketing leaders.',
      'Report on product outcomes and change direction when results or the market call for it.',
    ],
    skills: [
      'People leadership and coaching',
      'Product strategy',
      'Prioritisation across teams',
      'Executive and stakeholder communication',
      'Hands-on product management experience',
    ],
    usedIn: [
      {
        context: 'startups',
        note: 'Often the first product leader, reporting to the CEO and sometimes still running a product directly.',
      },
      {
        context: 'enterprises',
        note: 'Directors and VPs of Product lead product groups beneath a Chief Product Officer; the titles mark levels of scope.',
      },
      {
        context: 'public-sector',
        note: 'Government digital organisations use Head of Product for the lead of a product team or portfolio.',
      },
    ],
    reportsTo:
      'The CEO in smaller companies; in larger ones a Chief Product Officer, or a VP of Product in the case of Directors.',
    worksWith: [
      'product-manager',
      'chief-product-officer',
      'product-marketing-manager',
      'program-manager',
      'chief-product-owner',
    ],
    confusedWith: ['chief-product-officer', 'product-manager', 'chief-product-owner'],
    careerLadder: ['Group Product Manager', 'Director of Product', 'VP of Product', 'Chief Product Officer'],
    sources: ['perri-escaping-the-build-trap', 'cagan-inspired-2017', 'wikipedia-chief-product-officer'],
  },
  {
    id: 'project-manager',
    title: 'Project Manager',
    aliases: ['Project Manager'],
    abbreviations: ['PM'],
    family: 'delivery',
    summary:
      'Accountable for delivering a temporary project to its agreed scope, time, cost and quality, managing plans, risks, people and stakeholders.',
    description:
      "A Project Manager leads a project, which the PMBOK Guide treats as temporary work with a defined start and end that creates a unique product, service or result. They plan the work, organise people and resources, track progress, manage risks, issues and changes, and keep stakeholders informed until the project's objectives are met and it is closed. The role is central to plan-driven methods such as PMBOK-style and PRINCE2 delivery, and it also appears in hybrid settings. The 2020 Scrum Guide has no project manager: in Scrum that work is spread across the Scrum Team's accountabilities.",
    responsibilities: [
      "Deliver the project's objectives within the agreed scope, schedule, budget and quality.",
      'Plan scope, schedule, budget and resources, and keep the plan up to date.',
      'Identify and manage risks, issues and dependencies.',
      'Engage the sponsor and other stakeholders, report progress and manage expectations.',
      'Lead and coordinate the project team, including suppliers and contractors.',
      'Control changes to scope, time and cost through an agreed process.',
      'Close the project: hand over the results, release resources and record lessons learned.',
    ],
    skills: [
      'Planning and scheduling',
      'Risk and issue management',
      'Budget and cost control',
      'Stakeholder communication',
      'Team leadership and negotiation',
      'Knowledge of a delivery method such as PMBOK or PRINCE2',
    ],
    usedIn: [
      {
        context: 'plan-driven',
        note: 'The central delivery role in PMBOK-style and PRINCE2 projects, with authority delegated by a sponsor or project board.',
      },
      {
        context: 'enterprises',
        note: 'Used across IT, construction, engineering and business change, often within a project management office (PMO).',
      },
      {
        context: 'public-sector',
        note: 'Common in government projects and contracted work, frequently with formal certification in a method.',
      },
    ],
    reportsTo:
      'A project sponsor or steering committee for the direction of the project, and a PMO, programme or delivery manager for line management.',
    worksWith: ['program-manager', 'business-analyst', 'product-manager', 'product-owner', 'scrum-master'],
    confusedWith: ['product-manager', 'program-manager', 'scrum-master', 'product-owner'],
    careerLadder: [
      'Project Coordinator',
      'Project Manager',
      'Senior Project Manager',
      'Program Manager',
      'Portfolio Manager or Head of PMO',
    ],
    sources: ['pmbok-guide-7', 'wikipedia-project-manager', 'scrum-guide-2020'],
  },
  {
    id: 'program-manager',
    title: 'Program Manager',
    aliases: ['Program Manager', 'Programme Manager'],
    abbreviations: ['TPM'],
    family: 'delivery',
    summary:
      'Accountable for a group of related projects and activities delivering, together, benefits that managing each one alone would not.',
    description:
      "A Program Manager (Programme Manager in British English) coordinates several related projects and other work so that together they deliver benefits and strategic change that no single project would. PMI's Standard for Program Management describes the job through aligning the program with strategy, managing its benefits, engaging stakeholders, setting up governance and steering the program through its life cycle. In technology companies, a Technical Program Manager (TPM) usually coordinates delivery across several engineering teams, managing dependencies, schedules and risks for large technical initiatives.",
    responsibilities: [
      'Deliver the benefits the program was set up for, not only the outputs of its projects.',
      "Keep the program's projects and activities aligned with strategy, and start, change or stop them accordingly.",
      "Manage dependencies, shared resources and risks across the program's projects.",
      'Set up program governance: decision rights, reviews, reporting and escalation.',
      'Engage sponsors and senior stakeholders and keep them aligned on direction and progress.',
      'As a Technical Program Manager, coordinate engineering delivery across teams, sequencing work and raising technical risks early.',
    ],
    skills: [
      'Seeing the whole across many workstreams',
      'Benefits and outcome management',
      'Governance and executive communication',
      'Dependency and risk management',
      'Negotiation and influence',
      'Technical depth, for Technical Program Manager roles',
    ],
    usedIn: [
      {
        context: 'plan-driven',
        note: "Defined in PMI's Standard for Program Management, where programs sit between individual projects and the portfolio.",
      },
      {
        context: 'enterprises',
        note: 'Large technology companies employ Technical Program Managers to coordinate engineering delivery across teams.',
      },
      {
        context: 'public-sector',
        note: 'Government change is often organised as programmes led by a Programme Manager who answers to a senior sponsor.',
      },
      {
        context: 'scaled-frameworks',
        note: 'SAFe defines no Program Manager; its nearest role is the Release Train Engineer, who facilitates and coaches an Agile Release Train.',
      },
    ],
    reportsTo:
      'A program sponsor, portfolio director or senior executive; Technical Program Managers usually report to a TPM or engineering leader.',
    worksWith: ['project-manager', 'product-manager', 'head-of-product', 'scrum-master', 'business-analyst'],
    confusedWith: ['project-manager', 'product-manager'],
    careerLadder: [
      'Program Manager',
      'Senior Program Manager',
      'Principal Program Manager',
      'Director of Program Management',
    ],
    sources: [
      'pmi-program-management-standard-4',
      'wikipedia-program-management',
      'pmbok-guide-7',
      'safe-release-train-engineer',
    ],
  },
  {
    id: 'scrum-master',
    title: 'Scrum Master',
    aliases: ['Scrum Master', 'ScrumMaster'],
    abbreviations: [],
    family: 'agile',
    summary:
      "Accountable for establishing Scrum as the Scrum Guide defines it and for the Scrum Team's effectiveness; serves the team, the PO and the organisation.",
    description:
      "Scrum Master is one of three accountabilities in the 2020 Scrum Guide. The Scrum Master answers for establishing Scrum as the Guide defines it, by helping people in and around the team understand Scrum's theory and practice, and for the Scrum Team's effectiveness, by helping the team improve how it works within the framework. The Guide describes Scrum Masters as leaders who serve the Scrum Team, the Product Owner and the wider organisation. A Scrum Master is not the team's manager: Scrum Teams are self-managing and decide who does what.",
    responsibilities: [
      'Establish Scrum as the Scrum Guide defines it, helping everyone understand its theory and practice.',
      "Improve the Scrum Team's effectiveness by helping it improve its practices within the Scrum framework.",
      'Coach team members in self-management and cross-functionality, and keep the team focused on valuable Increments that meet the Definition of Done.',
      "Get impediments to the team's progress removed, by the team or by others.",
      'Make sure Scrum events take place, are useful and keep to their timeboxes.',
      'Help the Product Owner find effective ways to define the Product Goal and manage the Product Backlog.',
      'Lead, train and coach the organisation in adopting Scrum, and remove barriers between stakeholders and Scrum Teams.',
    ],
    skills: [
      'Coaching and facilitation',
      'Deep knowledge of Scrum and empirical process control',
      'Conflict resolution',
      'Leading by serving rather than directing',
      'Organisational change and influence',
    ],
    usedIn: [
      {
        context: 'scrum',
        note: 'One of the three accountabilities in the 2020 Scrum Guide; each Scrum Team has one Scrum Master.',
      },
      {
        context: 'scaled-frameworks',
        note: 'SAFe calls it Scrum Master/Team Coach; Scrum@Scale adds a Scrum of Scrums Master; in LeSS one Scrum Master may serve up to three teams; Nexus adds a Scrum Master to its Nexus Integration Team.',
      },
      {
        context: 'enterprises',
        note: 'A common job title in companies running Scrum, sometimes combined with agile coaching or delivery management.',
      },
    ],
    reportsTo:
      'Scrum defines no reporting line; Scrum Masters usually report to an agile coach, a delivery or engineering manager, or an agile centre of excellence, and normally not to the Product Owner they work with.',
    worksWith: ['product-owner', 'product-manager', 'project-manager', 'chief-product-owner', 'business-analyst'],
    confusedWith: ['project-manager', 'product-owner', 'program-manager'],
    careerLadder: ['Scrum Master', 'Senior Scrum Master', 'Agile Coach', 'Enterprise Agile Coach'],
    sources: ['scrum-guide-2020', 'safe-scrum-master-team-coach', 'scrum-at-scale-guide', 'nexus-guide-2021'],
  },
  {
    id: 'product-marketing-manager',
    title: 'Product Marketing Manager',
    aliases: ['Product Marketing Manager', 'Product Marketer'],
    abbreviations: ['PMM'],
    family: 'marketing',
    summary:
      'Accountable for how a product is positioned and brought to market: messaging, launches, sales enablement, and market and competitive insight.',
    description:
      "A Product Marketing Manager connects a product to its market. They work out who the product is for and why it matters to them, turn that into positioning and messaging, plan go-to-market and launches, and equip sales and customer teams to explain and sell the product. They also bring market, customer and competitor insight back to product management. In the SVPG books (Marty Cagan's Inspired and Martina Lauchengco's Loved), product management decides what gets built while product marketing owns positioning and the route to market.",
    responsibilities: [
      'Define positioning: the target customers, the problem the product solves for them and how it differs from the alternatives.',
      'Write the core messaging and keep it consistent across the website, sales material and campaigns.',
      'Plan and run go-to-market and launches with product, marketing, sales and support.',
      'Equip sales and customer teams with pitches, demos, objection handling and competitive guides.',
      'Gather market, customer and competitor insight and share it with product management.',
      'Contribute to pricing and packaging decisions with product management and finance.',
      'Track adoption and the effect of launches, and adjust the approach.',
    ],
    skills: [
      'Customer and market research',
      'Positioning and storytelling',
      'Clear, persuasive writing',
      'Cross-functional coordination',
      'Competitive analysis',
      'Working knowledge of sales and marketing channels',
    ],
    usedIn: [
      {
        context: 'startups',
        note: 'Usually hired once a product has early traction and needs a repeatable way to sell; before that, founders or product managers cover the work.',
      },
      {
        context: 'enterprises',
        note: 'A standard role in business and consumer technology companies, usually within marketing and organised by product line.',
      },
    ],
    reportsTo:
      'A Director or VP of Product Marketing, usually within marketing under the CMO; in some companies within the product organisation.',
    worksWith: ['product-manager', 'head-of-product', 'product-owner', 'chief-product-officer'],
    confusedWith: ['product-manager'],
    careerLadder: [
      'Associate Product Marketing Manager',
      'Product Marketing Manager',
      'Senior Product Marketing Manager',
      'Director of Product Marketing',
      'VP of Product Marketing',
    ],
    sources: ['lauchengco-loved', 'cagan-inspired-2017'],
  },
  {
    id: 'business-analyst',
    title: 'Business Analyst',
    aliases: ['Business Analyst', 'Business Systems Analyst'],
    abbreviations: ['BA'],
    family: 'analysis',
    summary:
      'Enables change by working out what stakeholders need and recommending solutions that deliver value; elicits, analyses and manages requirements.',
    description:
      "A Business Analyst helps an organisation change in ways that actually meet its needs. IIBA's BABOK Guide describes business analysis as enabling change by defining needs and recommending solutions that deliver value to stakeholders. In practice Business Analysts elicit and analyse requirements, model processes and data, check that proposed solutions meet the need, and keep requirements traceable as they change. The title Business Systems Analyst usually signals a focus on IT systems and on linking business needs to technical design.",
    responsibilities: [
      'Define the business need behind a requested change, together with the stakeholders it affects.',
      'Elicit, analyse and document requirements, and keep them traceable as they change.',
      'Recommend solutions and check that they meet the need and deliver value.',
      'Model current and future processes, data and business rules.',
      'Facilitate workshops and help stakeholders reach agreement.',
      'Support testing and evaluate how the solution performs once in use.',
      'In agile teams, help the Product Owner refine backlog items and acceptance criteria.',
    ],
    skills: [
      'Elicitation through interviews, workshops and observation',
      'Process and data modelling',
      'Analytical and critical thinking',
      'Clear requirements writing',
      'Facilitation',
      'Domain knowledge',
    ],
    usedIn: [
      {
        context: 'plan-driven',
        note: 'Produces requirements specifications and traceability in PMBOK-style and PRINCE2 projects.',
      },
      {
        context: 'enterprises',
        note: 'Common in banks, insurers, telecoms and other large organisations, in IT and business change teams.',
      },
      {
        context: 'public-sector',
        note: 'A standard role in government digital and IT change work.',
      },
      {
        context: 'scrum',
        note: 'Not a Scrum accountability; a Business Analyst on a Scrum Team usually works as one of the Developers or helps the Product Owner with the backlog.',
      },
    ],
    reportsTo: 'A head of business analysis or practice lead, or a project, programme or IT delivery manager.',
    worksWith: ['product-owner', 'project-manager', 'product-manager', 'program-manager', 'scrum-master'],
    confusedWith: ['product-owner', 'product-manager', 'project-manager'],
    careerLadder: [
      'Junior Business Analyst',
      'Business Analyst',
      'Senior Business Analyst',
      'Lead Business Analyst',
      'Head of Business Analysis',
    ],
    sources: ['babok-guide-v3', 'wikipedia-business-analyst', 'scrum-guide-2020'],
  },
] as const satisfies readonly Role[];
