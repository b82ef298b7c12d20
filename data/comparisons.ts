import type { Comparison } from './types';

/**
 * Authored side-by-side comparisons. `a` is the first role of the pair and `b` the second; every
 * dimension describes the same aspect for both, so the two columns read as a true side-by-side.
 * The compare page can show a pair in either order by swapping `a` and `b`.
 */
export const COMPARISONS = [
  {
    a: 'product-manager',
    b: 'product-owner',
    dimensions: {
      focus: {
        a: 'Whether the product succeeds with customers and the business: which problems to solve, for whom, and why.',
        b: 'The value of what the Scrum Team delivers, expressed through the Product Goal and an ordered Product Backlog.',
      },
      timeHorizon: {
        a: 'Quarters to years: strategy and roadmap, with discovery running alongside delivery.',
        b: 'The current and next few Sprints, within a longer-term Product Goal.',
      },
      question: {
        a: 'Which problems are worth solving, and will our solution work for customers and for the business?',
        b: 'What is the most valuable thing for the team to work on next?',
      },
      artefacts: {
        a: 'Product strategy, roadmap, discovery evidence and success metrics.',
        b: 'The Product Goal and the Product Backlog; the Increment inspected at the Sprint Review.',
      },
      decides: {
        a: 'Which opportunities to pursue, and the priorities and trade-offs within the product area.',
        b: 'The content and order of the Product Backlog; the Scrum Guide expects the organisation to respect these decisions.',
      },
      accountableFor: {
        a: "Product outcomes; in Marty Cagan's terms, the value and business viability of what the team builds.",
        b: "Maximising the value of the product resulting from the Scrum Team's work, and effective Product Backlog management (Scrum Guide 2020).",
      },
      reportsTo: {
        a: 'A Director or Head of Product, or the CEO in a small company.',
        b: 'Not set by Scrum; usually a product leader or the business unit that owns the product.',
      },
      usedIn: {
        a: 'Technology companies of every size; in SAFe, Product Management works at the level of an Agile Release Train.',
        b: 'Scrum and the Scrum-based scaling frameworks, and as a job title mainly in enterprises; in SAFe, a team-level role.',
      },
    },
    differences: [
      'Product Manager is a job title with no single defining standard, while Product Owner is an accountability defined by the Scrum Guide.',
      'Where companies split the two, the Product Manager faces outward to customers and the market while the Product Owner works closely with one or two teams on their backlog; the Scrum Guide itself expects the Product Owner to cover both.',
      'In SAFe, Product Management (the Product Manager role) owns the vision, roadmap and backlog of a whole Agile Release Train, while each Product Owner owns one team backlog.',
      'The Product Manager career ladder runs up to Director, VP and Chief Product Officer; the Product Owner title has a shorter, less standard ladder and often leads into product management.',
    ],
    overlaps: [
      'Both decide what the team should build next and why, and both answer for the value of the result.',
      'Both work with stakeholders, order work by value and check results with customers.',
      'Both depend on a well-understood backlog connected to a clear goal or strategy.',
    ],
    canOnePersonBeBoth: {
      verdict: 'yes',
      explanation:
        'In many companies, especially smaller ones, they are the same person: the Product Manager holds the Product Owner accountability on the Scrum Team. Marty Cagan argues in Inspired that the two should be one person, since splitting them leaves nobody clearly owning the product. SAFe deliberately separates them, with Product Management at train level and Product Owners at team level.',
    },
    sourcesDisagree:
      'Sources disagree on how these two relate. Marty Cagan treats Product Owner as an accountability a Product Manager should hold rather than a separate job, and some Scrum practitioners likewise call Product Owner a Scrum accountability that a Product Manager fills. SAFe splits them by level: Product Management for the Agile Release Train, Product Owners for teams. Some articles reverse the usual Scrum usage and give the Product Owner the vision and strategy and the Product Manager the day-to-day backlog work, so the same titles can mean opposite things in different companies.',
    sources: [
      'scrum-guide-2020',
      'cagan-inspired-2017',
      'svpg-four-big-risks',
      'safe-product-management',
      'safe-product-owner',
    ],
  },
  {
    a: 'product-manager',
    b: 'chief-product-officer',
    dimensions: {
      focus: {
        a: 'One product or product area: its customers, their problems and its roadmap.',
        b: 'The whole product portfolio and the product organisation behind it.',
      },
      timeHorizon: {
        a: "Weeks to a year or two, following the product area's roadmap.",
        b: 'Several years: company strategy, portfolio bets and building the organisation.',
      },
      question: {
        a: 'What should this product do next, and is it working?',
        b: 'Where should the company invest in products, and is the product organisation set up to succeed?',
      },
      artefacts: {
        a: 'Product strategy for the area, roadmap, discovery evidence and metrics.',
        b: 'Company product vision and strategy, portfolio allocation, product organisation design, and executive and board reporting.',
      },
      decides: {
        a: 'Priorities and trade-offs within the product area, inside the direction set by leadership.',
        b: 'Product investment across the company, senior product appointments, and how product work is run.',
      },
      accountableFor: {
        a: 'The outcomes of the product area, including the value and viability of what the team builds.',
        b: "The company's product results and the health of the whole product organisation.",
      },
      reportsTo: {
        a: 'A Group Product Manager, Director of Product or Head of Product.',
        b: 'The CEO, as a member of the executive team.',
      },
      usedIn: {
        a: 'Nearly every software and digital company, at several seniority levels.',
        b: 'Mid-sized and large companies with an executive team; smaller ones usually have a Head or VP of Product instead.',
      },
    },
    differences: [
      'A Product Manager owns one product or area, while a Chief Product Officer owns product strategy and the portfolio for the whole company.',
      'A Chief Product Officer manages the product organisation, usually through several layers of leaders, whereas a Product Manager often has no direct reports.',
      'A Chief Product Officer sits on the executive team and reports to the CEO; a Product Manager reports within the product organisation.',
      'A Product Manager works with one team day to day, while a Chief Product Officer works mostly through other product leaders.',
    ],
    overlaps: [
      'Both are judged by product outcomes rather than by the amount of work shipped.',
      'Both depend on a deep understanding of customers, the market and the business model.',
      'Both weigh customer value against business viability when setting direction.',
    ],
    canOnePersonBeBoth: {
      verdict: 'sometimes',
      explanation:
        'In a very small company the only product person may hold the Chief Product Officer title while still doing hands-on product management. As the company grows the two jobs separate, because leading the product organisation leaves little time for running a product team.',
    },
    sources: [
      'wikipedia-chief-product-officer',
      'perri-escaping-the-build-trap',
      'cagan-inspired-2017',
      'wikipedia-product-manager',
    ],
  },
  {
    a: 'product-owner',
    b: 'chief-product-officer',
    dimensions: {
      focus: {
        a: 'The value of the product a Scrum Team builds, through its Product Goal and Product Backlog.',
        b: 'Company-wide product strategy, the product portfolio and the product organisation.',
      },
      timeHorizon: {
        a: 'Sprints, within a longer-term Product Goal.',
        b: 'Several years of company strategy.',
      },
      question: {
        a: 'What should the team work on next to add the most value?',
        b: 'Which products and bets should the company invest in, and how should product work be organised?',
      },
      artefacts: {
        a: 'The Product Goal, the Product Backlog, and the Increments inspected at Sprint Reviews.',
        b: 'Product vision and strategy, investment allocation, product organisation design and executive reporting.',
      },
      decides: {
        a: "The content and order of one product's backlog.",
        b: 'Product investment across the company, and the structure and leadership of the product organisation.',
      },
      accountableFor: {
        a: "Maximising the value of the product resulting from the Scrum Team's work (Scrum Guide 2020).",
        b: "The company's product outcomes and its product organisation, at executive level.",
      },
      reportsTo: {
        a: 'Not defined by Scrum; typically a product leader or the business owner of the product.',
        b: 'The CEO, as a member of the executive team.',
      },
      usedIn: {
        a: 'Scrum teams and scaled agile frameworks, and as a job title in enterprises.',
        b: 'Companies with a C-level executive team, mainly technology and digital businesses.',
      },
    },
    differences: [
      'A Product Owner is an accountability inside one Scrum Team, while a Chief Product Officer is a C-level executive over all products.',
      'A Product Owner decides the order of one backlog; a Chief Product Officer decides how product investment is spread across the company.',
      'A Chief Product Officer manages people, often many product leaders, while the Product Owner accountability itself carries no people management.',
      "CPO usually means Chief Product Officer, but some scaled-agile organisations use it for a Chief Product Owner, who coordinates Product Owners and does not lead the company's product function; a Product Owner is never abbreviated CPO.",
    ],
    overlaps: [
      'Both are accountable for product value rather than for the delivery process.',
      'Both need the wider organisation to respect their decisions about product direction.',
    ],
    canOnePersonBeBoth: {
      verdict: 'not-recommended',
      explanation:
        'In a very small company an executive may act as Product Owner for the only team, and that can work for a while. Beyond that the two jobs compete for time: a Product Owner has to be available to the team every Sprint, while a Chief Product Officer works with executives, the portfolio and the product organisation.',
    },
    sources: ['scrum-guide-2020', 'wikipedia-chief-product-officer', 'scrum-at-scale-guide'],
  },
  {
    a: 'chief-product-owner',
    b: 'product-owner',
    dimensions: {
      focus: {
        a: 'One vision and one prioritised backlog shared by a group of teams and their Product Owners.',
        b: "A Scrum Team's Product Goal and Product Backlog, and the value that team delivers.",
      },
      timeHorizon: {
        a: 'Release plans and roadmaps across the teams, which Scrum@Scale puts at one to six months for release planning.',
        b: 'Sprints, within a longer-term Product Goal.',
      },
      question: {
        a: 'In what order should this group of teams deliver value, and how do their backlogs fit together?',
        b: 'What should my team do next to add the most value?',
      },
      artefacts: {
        a: 'The shared backlog of larger items, the vision for the group, and its release plan and roadmap.',
        b: "The team's Product Backlog and Product Goal.",
      },
      decides: {
        a: 'Priorities in the shared backlog, after reaching agreement with stakeholders at the MetaScrum.',
        b: 'The content and order of the team backlog, including which items to take from the shared backlog (Scrum@Scale).',
      },
      accountableFor: {
        a: 'Coordinating the Product Owner Team and keeping one coherent backlog for the group (Scrum@Scale).',
        b: "Maximising the value of the product resulting from the team's work, and effective Product Backlog management (Scrum Guide 2020).",
      },
      reportsTo: {
        a: 'A Head of Product, business-unit leader or executive sponsor; in Scrum@Scale, answerable to the stakeholders at the MetaScrum.',
        b: 'A product leader or business owner; in Scrum@Scale, coordinated by the Chief Product Owner.',
      },
      usedIn: {
        a: 'Scrum@Scale and company-specific ways of scaling Scrum; the Scrum Guide, LeSS and Nexus do not define it.',
        b: 'Scrum, every Scrum-based scaling framework, and enterprise job titles.',
      },
    },
    differences: [
      'A Product Owner works with one Scrum Team backlog, while a Chief Product Owner coordinates several Product Owners and keeps one backlog for all their teams.',
      'The Product Owner is defined in the Scrum Guide; the Chief Product Owner is not, and comes from scaled Scrum, above all Scrum@Scale.',
      "A Chief Product Owner's backlog holds larger items, which team Product Owners break down into work for their own teams.",
      'A Chief Product Owner presents the shared backlog to stakeholders at the MetaScrum, while a team Product Owner concentrates on the team backlog and its Sprints.',
    ],
    overlaps: [
      'Both order work by value and have the final say on backlog order at their level.',
      'Both need agreement from stakeholders and respect for their decisions from the organisation.',
      'In Scrum@Scale a team Product Owner may also take on the Chief Product Owner role.',
    ],
    canOnePersonBeBoth: {
      verdict: 'yes',
      explanation:
        'Scrum@Scale explicitly allows it: the Chief Product Owner may be one of the team Product Owners who takes on the extra role, or a person dedicated to it. Combining them is workable while the group is small; with many teams the coordination work tends to need someone full time.',
    },
    sourcesDisagree:
      'Scaling approaches disagree on whether this role should exist. Scrum@Scale defines a Chief Product Owner above a team of Product Owners. The Scrum Guide instead says that several Scrum Teams working on one product share a single Product Owner, and LeSS keeps one Product Owner for the whole product, adding Area Product Owners only in very large set-ups (LeSS Huge).',
    sources: [
      'scrum-at-scale-guide',
      'scrum-guide-2020',
      'less-product-owner',
      'less-area-product-owner',
      'nexus-guide-2021',
    ],
  },
  {
    a: 'chief-product-owner',
    b: 'chief-product-officer',
    dimensions: {
      focus: {
        a: 'Product ownership across a group of Scrum teams: one vision and one backlog.',
        b: "The company's product strategy, portfolio and product organisation.",
      },
      timeHorizon: {
        a: "Release plans and roadmaps for the teams' product, usually months ahead.",
        b: 'Several years of company strategy.',
      },
      question: {
        a: 'In what order should our group of teams deliver, and how do their backlogs fit together?',
        b: 'Where should the company invest in products, and how should the product organisation work?',
      },
      artefacts: {
        a: 'The shared backlog, the product vision for the group, and the release plan.',
        b: 'Company product strategy, portfolio investment plan and product organisation structure.',
      },
      decides: {
        a: "Priorities across the group's shared backlog.",
        b: 'Product investment, senior product appointments and how the company runs product work.',
      },
      accountableFor: {
        a: 'Coherent, valuable product ownership across several teams.',
        b: 'Company-wide product outcomes, as a member of the executive team.',
      },
      reportsTo: {
        a: 'A product or business-unit leader; in Scrum@Scale, answerable to the stakeholders at the MetaScrum.',
        b: 'The CEO, as a member of the executive team.',
      },
      usedIn: {
        a: 'Scrum@Scale and company-specific ways of scaling Scrum.',
        b: 'Companies with a C-level executive team, especially technology businesses.',
      },
    },
    differences: [
      'A Chief Product Officer is a C-level executive, while a Chief Product Owner is a coordinating role for several Scrum teams despite the word Chief.',
      'A Chief Product Officer leads the product organisation and its people; a Chief Product Owner coordinates Product Owners and need not manage anyone.',
      'A Chief Product Officer reports to the CEO, whereas a Chief Product Owner usually sits well below the executive team.',
      'Both are abbreviated CPO, so a page that says CPO needs a definition or context to tell the Chief Product Owner from the Chief Product Officer.',
    ],
    overlaps: [
      'Both set product direction above the level of a single team.',
      'Both bring many stakeholders behind one set of product priorities.',
    ],
    canOnePersonBeBoth: {
      verdict: 'sometimes',
      explanation:
        'In a small company using Scrum@Scale, the product executive may also lead the top-level MetaScrum and so act as Chief Product Owner. In larger organisations the two jobs differ in level and scope and are held by different people.',
    },
    sourcesDisagree:
      'The disagreement is in usage rather than in definitions. Scrum@Scale defines the Chief Product Owner as a scaled-Scrum role, but some companies and articles use Chief Product Owner for the product executive who would usually be called Chief Product Officer. Context settles it: a role that reports to the CEO and runs the product organisation is a Chief Product Officer, whatever the page calls it.',
    sources: ['scrum-at-scale-guide', 'wikipedia-chief-product-officer'],
  },
  {
    a: 'chief-product-owner',
    b: 'product-manager',
    dimensions: {
      focus: {
        a: 'One backlog and vision shared by several Scrum teams and their Product Owners.',
        b: 'A product or product area: customer problems, strategy and roadmap.',
      },
      timeHorizon: {
        a: 'Release plans over months, revisited at least once per Sprint at the MetaScrum.',
        b: 'Quarters to a year or more.',
      },
      question: {
        a: 'How do we order and divide the work so that many teams deliver one coherent product?',
        b: 'Which problems should this product solve, and will the solution work?',
      },
      artefacts: {
        a: 'The shared backlog of larger items, the release plan and the vision for the group.',
        b: 'Product strategy, roadmap, discovery evidence and metrics.',
      },
      decides: {
        a: 'Priorities across the shared backlog, in agreement with stakeholders.',
        b: 'Which opportunities to pursue and the trade-offs within the product area.',
      },
      accountableFor: {
        a: 'Coordinated product ownership across the group of teams.',
        b: 'Product outcomes: the value and business viability of what the team builds.',
      },
      reportsTo: {
        a: 'A product or business-unit leader, or an executive sponsor.',
        b: 'A Director or Head of Product, or the CEO in a small company.',
      },
      usedIn: {
        a: 'Scrum@Scale and organisations that scale Scrum in their own way.',
        b: 'Technology companies of every size; in SAFe, as Product Management at the level of an Agile Release Train.',
      },
    },
    differences: [
      'A Chief Product Owner exists only where product ownership is scaled across several Scrum teams, while a Product Manager exists whatever delivery method the company uses.',
      "A Product Manager usually leads discovery with one team's designer and engineers; a Chief Product Owner coordinates other Product Owners' backlogs.",
      'The Chief Product Owner is defined by Scrum@Scale, whereas the Product Manager role has no single defining standard and is described mainly by practitioners such as Marty Cagan.',
      'In SAFe a Product Manager does much of what a Chief Product Owner does, owning the backlog that several team Product Owners draw on, but current SAFe calls this function Product Management and does not use the Chief Product Owner title.',
    ],
    overlaps: [
      'Both set product direction and answer for the value of what teams deliver.',
      'Both spend much of their time bringing stakeholders behind one set of priorities.',
      'In many companies a senior Product Manager does the coordinating job that Scrum@Scale gives the Chief Product Owner.',
    ],
    canOnePersonBeBoth: {
      verdict: 'yes',
      explanation:
        'Often, yes: a senior or group Product Manager who coordinates several Product Owners is in effect acting as Chief Product Owner. Whether the title is used depends on whether the company follows Scrum@Scale or a similar scaled set-up.',
    },
    sourcesDisagree:
      "Sources draw the line in different places. Scrum@Scale makes the Chief Product Owner a scaled form of the Product Owner. An earlier version of SAFe's Product Owner article treated Chief Product Owner as another name for the Product Manager whom team Product Owners work with; current SAFe uses Product Management. Many companies simply give a senior Product Manager this coordinating job without the title.",
    sources: ['scrum-at-scale-guide', 'cagan-inspired-2017', 'safe-product-management', 'safe-product-owner'],
  },
  {
    a: 'product-manager',
    b: 'project-manager',
    dimensions: {
      focus: {
        a: 'The product: which problems to solve and whether the result creates value.',
        b: 'The project: delivering agreed objectives within scope, time, cost and quality.',
      },
      timeHorizon: {
        a: 'Ongoing for the life of the product, with no planned end.',
        b: 'The length of the project, from initiation to closure.',
      },
      question: {
        a: 'Are we building the right thing?',
        b: 'Are we delivering the agreed work on time, within budget and to the required quality?',
      },
      artefacts: {
        a: 'Product strategy, roadmap, backlog, discovery evidence and product metrics.',
        b: 'Project charter, plan and schedule, budget, risk and issue logs, and status reports.',
      },
      decides: {
        a: 'What the product should do and in what order.',
        b: 'How the work is planned, sequenced and resourced; changes to scope, time or cost go through agreed change control.',
      },
      accountableFor: {
        a: 'Product outcomes: value to customers and viability for the business.',
        b: "Delivering the project's objectives as agreed with the sponsor.",
      },
      reportsTo: {
        a: 'A Director or Head of Product.',
        b: 'A project sponsor or steering committee, and a PMO or delivery manager.',
      },
      usedIn: {
        a: 'Technology and digital product companies, and product teams in larger organisations.',
        b: 'Plan-driven delivery (PMBOK-style, PRINCE2), enterprises and the public sector, across many industries.',
      },
    },
    differences: [
      'A Product Manager is responsible for whether the product is worth building, while a Project Manager is responsible for delivering the agreed work well.',
      "A Project Manager's job ends with the project, once its objectives are met, whereas a Product Manager's responsibility lasts as long as the product does.",
      'A Project Manager usually works from an agreed scope and manages changes to it; a Product Manager expects scope to change as the team learns what works.',
      'Both titles are abbreviated PM, so the abbreviation needs context before it can be read as Product Manager or Project Manager.',
    ],
    overlaps: [
      'Both coordinate many stakeholders and communicate plans, progress and trade-offs.',
      'Both manage risk: the Product Manager mainly the risk of building the wrong thing, the Project Manager mainly delivery risk.',
      'Both need a shared view of priorities with engineering.',
    ],
    canOnePersonBeBoth: {
      verdict: 'not-recommended',
      explanation:
        'In small teams one person sometimes covers both, and that can work for short, simple efforts. The roles pull in different directions, though: one questions whether the agreed scope is right, the other protects delivery of that scope, and combining them usually means one side gets neglected.',
    },
    sources: ['pmbok-guide-7', 'cagan-inspired-2017', 'wikipedia-project-manager', 'wikipedia-product-manager'],
  },
  {
    a: 'project-manager',
    b: 'program-manager',
    dimensions: {
      focus: {
        a: 'One project and its objectives.',
        b: 'A group of related projects and activities, and the combined benefits they should produce.',
      },
      timeHorizon: {
        a: "The project's duration, often months.",
        b: 'Often several years, spanning projects that start and finish within the program.',
      },
      question: {
        a: 'Will this project deliver what was agreed, on time and within budget?',
        b: 'Are these projects together delivering the benefits and strategic change we need?',
      },
      artefacts: {
        a: 'Project plan, schedule, budget, risk register and status reports.',
        b: 'Program roadmap, benefits register and realisation plan, governance structure and dependency map.',
      },
      decides: {
        a: 'How the project work is planned and run, within the authority the sponsor gives.',
        b: 'Which projects start, change or stop, and how resources and priorities are balanced across them.',
      },
      accountableFor: {
        a: "The project's outputs and objectives.",
        b: "The program's benefits and its alignment with strategy.",
      },
      reportsTo: {
        a: 'A project sponsor, and often a program manager or PMO.',
        b: 'A program sponsor, portfolio director or senior executive.',
      },
      usedIn: {
        a: 'Plan-driven delivery, enterprises and the public sector.',
        b: 'Large enterprises and government (often spelled programme), and tech companies, where the Technical Program Manager coordinates engineering work.',
      },
    },
    differences: [
      'A Project Manager delivers one temporary project, while a Program Manager coordinates several related projects and activities as one program.',
      "A Project Manager is judged mainly on outputs delivered within constraints; a Program Manager, in PMI's Standard for Program Management, on benefits that only the coordinated whole can deliver.",
      'A Program Manager can start, reshape or stop projects within the program, whereas a Project Manager works within the scope the sponsor approved.',
      'In tech companies a Technical Program Manager coordinates engineering delivery across teams, which differs from a classic Project Manager running a single project.',
    ],
    overlaps: [
      'Both plan, manage risks and dependencies, and report to sponsors.',
      'Both rely on governance and clear decision rights.',
      'Program Managers often start as Project Managers and use the same core skills.',
    ],
    canOnePersonBeBoth: {
      verdict: 'sometimes',
      explanation:
        "On a small program one person may manage the program and also run its largest project. Keeping the program-wide view is hard while absorbed in one project's detail, so larger programs separate the roles.",
    },
    sources: ['pmbok-guide-7', 'pmi-program-management-standard-4', 'wikipedia-program-management'],
  },
  {
    a: 'product-owner',
    b: 'scrum-master',
    dimensions: {
      focus: {
        a: 'What the Scrum Team works on: the value of the product and the order of the Product Backlog.',
        b: "How the Scrum Team works: Scrum understood and used well, and the team's effectiveness.",
      },
      timeHorizon: {
        a: 'Sprints, the Product Goal and the life of the product.',
        b: 'Sprints, and the longer-term improvement of the team and the organisation.',
      },
      question: {
        a: 'What is the most valuable thing to do next?',
        b: 'How can the team work more effectively within Scrum?',
      },
      artefacts: {
        a: 'The Product Goal and the Product Backlog.',
        b: 'None of its own; the Scrum Master helps the whole team keep the Scrum events and artifacts working and transparent.',
      },
      decides: {
        a: 'The content and order of the Product Backlog.',
        b: 'Not what to build; the Scrum Master guides how Scrum is applied, while the team decides how to do its work.',
      },
      accountableFor: {
        a: "Maximising the product's value and effective Product Backlog management (Scrum Guide 2020).",
        b: "Establishing Scrum as defined in the Scrum Guide, and the Scrum Team's effectiveness (Scrum Guide 2020).",
      },
      reportsTo: {
        a: 'Not defined by Scrum; usually a product leader or business owner.',
        b: 'Not defined by Scrum; usually an agile coach or a delivery or engineering manager.',
      },
      usedIn: {
        a: 'Scrum, Scrum-based scaling frameworks and enterprise job titles.',
        b: 'Scrum, Scrum-based scaling frameworks (SAFe calls it Scrum Master/Team Coach) and enterprise job titles.',
      },
    },
    differences: [
      'The Product Owner decides what the team works on, while the Scrum Master helps the team work well and does not decide product content.',
      'The Product Owner deals with stakeholders and customers about value; the Scrum Master deals with the team and the organisation about how Scrum is practised.',
      'The Scrum Master serves the Product Owner, for example by helping with techniques for defining the Product Goal and managing the backlog, and not the other way round.',
      "The Product Owner is accountable for the Product Backlog, whereas the Scrum Master is accountable for the Scrum Team's effectiveness.",
    ],
    overlaps: [
      'Both are accountabilities in the 2020 Scrum Guide and members of the same Scrum Team.',
      'Both work with stakeholders and take part in the Scrum events.',
      'Both aim for a team that produces a valuable, done Increment every Sprint.',
    ],
    canOnePersonBeBoth: {
      verdict: 'not-recommended',
      explanation:
        'The 2020 Scrum Guide does not forbid one person holding both accountabilities. They pull against each other, though: the Product Owner pushes for value and scope, while the Scrum Master protects the way the team works and may need to challenge the Product Owner. Combining them removes that check, which is why practitioners widely advise against it.',
    },
    sources: ['scrum-guide-2020', 'safe-scrum-master-team-coach'],
  },
  {
    a: 'product-manager',
    b: 'product-marketing-manager',
    dimensions: {
      focus: {
        a: 'What the product does and why: customer problems and the solutions to them.',
        b: 'How the product reaches its market: positioning, messaging and go-to-market.',
      },
      timeHorizon: {
        a: 'The roadmap horizon, quarters to years, with discovery going on continuously.',
        b: 'Launch cycles and campaigns, plus the longer-term positioning of the product.',
      },
      question: {
        a: 'What should we build, and will it create value?',
        b: 'Who is this for, why should they care, and how do we reach them?',
      },
      artefacts: {
        a: 'Product strategy, roadmap, backlog and discovery evidence.',
        b: 'Positioning, messaging framework, launch plans, sales enablement material and competitive analyses.',
      },
      decides: {
        a: 'Product priorities and scope.',
        b: 'How the product is positioned and presented, and how launches are run.',
      },
      accountableFor: {
        a: 'Product outcomes: the value and viability of what gets built.',
        b: 'Market understanding, adoption and the effectiveness of the go-to-market.',
      },
      reportsTo: {
        a: 'A Director or Head of Product.',
        b: 'A Director or VP of Product Marketing, usually within marketing.',
      },
      usedIn: {
        a: 'Technology companies of all sizes.',
        b: 'Business and consumer technology companies, usually once there is a product ready to grow.',
      },
    },
    differences: [
      'A Product Manager decides what the product should do, while a Product Marketing Manager decides how it is positioned and taken to market.',
      'A Product Manager works mainly with design and engineering; a Product Marketing Manager works mainly with marketing, sales and customer-facing teams.',
      'A Product Manager usually sits in the product organisation, whereas a Product Marketing Manager usually sits in marketing.',
    ],
    overlaps: [
      'Both need a deep understanding of customers, the market and competitors.',
      'Both shape launches: the Product Manager through what ships, the Product Marketing Manager through how it is introduced.',
      'Both bring customer insight into product decisions.',
    ],
    canOnePersonBeBoth: {
      verdict: 'sometimes',
      explanation:
        'In early-stage companies a Product Manager often covers product marketing until the company hires for it. As the product and market grow, each job becomes full time and needs different strengths, so the two are usually split.',
    },
    sourcesDisagree:
      'Usage differs by industry. In consumer goods and in some traditional marketing departments, product manager names a marketing role responsible for pricing, promotion and positioning, much closer to product marketing. In software companies, and in the SVPG books, the Product Manager owns what gets built and product marketing owns positioning and the route to market.',
    sources: ['cagan-inspired-2017', 'lauchengco-loved', 'wikipedia-product-manager'],
  },
  {
    a: 'product-owner',
    b: 'business-analyst',
    dimensions: {
      focus: {
        a: "The product's value and the order of the Product Backlog.",
        b: 'Understanding needs and defining requirements and solutions that meet them.',
      },
      timeHorizon: {
        a: 'Sprints, within a longer-term Product Goal.',
        b: 'The span of a change initiative or project, from analysis through to evaluation of the solution.',
      },
      question: {
        a: 'What should we do next to add the most value?',
        b: 'What exactly is needed, and does this solution meet the need?',
      },
      artefacts: {
        a: 'The Product Goal and the Product Backlog.',
        b: 'Requirements, user stories and acceptance criteria, process and data models, and traceability records.',
      },
      decides: {
        a: 'The content and order of the Product Backlog.',
        b: 'Usually recommends rather than decides; requirements are approved by a product owner, sponsor or business owner.',
      },
      accountableFor: {
        a: 'Maximising product value and effective Product Backlog management (Scrum Guide 2020).',
        b: 'Sound analysis: needs correctly understood, requirements clear and traceable, and solutions checked against the value they should deliver (BABOK Guide).',
      },
      reportsTo: {
        a: 'A product leader or business owner.',
        b: 'A head of business analysis, or a project, programme or IT delivery manager.',
      },
      usedIn: {
        a: 'Scrum, scaled agile frameworks and enterprise job titles.',
        b: 'Plan-driven projects, enterprises and the public sector, including agile teams in those settings.',
      },
    },
    differences: [
      'A Product Owner decides what goes into the backlog and in what order, while a Business Analyst analyses needs and recommends, usually without making the final call.',
      "The Product Owner is an accountability defined by the Scrum Guide; the Business Analyst role is described by IIBA's BABOK Guide and does not depend on any delivery method.",
      "A Product Owner answers for the product's value over time, whereas a Business Analyst's work usually follows a particular change or initiative.",
      'A Business Analyst often produces the detailed requirements, models and acceptance criteria that a Product Owner uses to order and explain backlog items.',
    ],
    overlaps: [
      'Both draw needs out of stakeholders and turn them into clear backlog items or requirements.',
      'Both care that delivered work actually solves the problem it was meant to solve.',
      'Both facilitate conversations between the business and the delivery team.',
    ],
    canOnePersonBeBoth: {
      verdict: 'sometimes',
      explanation:
        "Some organisations give the Product Owner accountability to a Business Analyst, or make the analyst a proxy for a busy business Product Owner. This works only if the person really has authority over the backlog; without it, the Scrum Guide's expectation of one decision-maker whose decisions the organisation respects is not met.",
    },
    sourcesDisagree:
      'Practice differs from the Scrum Guide here. The Guide expects the Product Owner to be one person with real authority over the backlog, has no Business Analyst role, and lets the Product Owner delegate backlog work (for example to an analyst) while staying accountable. Many organisations instead make a Business Analyst a proxy Product Owner for a business owner, or split the work so that the analyst writes backlog items and someone else orders them.',
    sources: ['scrum-guide-2020', 'babok-guide-v3', 'wikipedia-business-analyst'],
  },
  {
    a: 'head-of-product',
    b: 'chief-product-officer',
    dimensions: {
      focus: {
        a: 'Leading the product managers and the product strategy of a company or a large product area.',
        b: "The company's entire product function, portfolio and strategy, as part of the executive team.",
      },
      timeHorizon: {
        a: 'One to three years for strategy, and quarters for roadmaps and team plans.',
        b: 'Several years of company and portfolio strategy.',
      },
      question: {
        a: 'Is our product team setting the right direction and carrying it out well?',
        b: 'Where should the company invest in products, and is the product organisation built to deliver?',
      },
      artefacts: {
        a: 'Product strategy for the company or area, roadmaps, team structure and hiring plans.',
        b: 'Company product vision and strategy, portfolio allocation, organisation design, and board and executive reporting.',
      },
      decides: {
        a: 'Priorities across product teams, product manager hiring and team assignments.',
        b: 'Product investment across the portfolio, the structure of the product organisation and senior product appointments.',
      },
      accountableFor: {
        a: "The product team's results and the quality of its product management.",
        b: 'Company-wide product outcomes, at executive level.',
      },
      reportsTo: {
        a: 'The CEO in smaller companies; a Chief Product Officer, or a VP of Product in the case of Directors, in larger ones.',
        b: 'The CEO, as a member of the executive team.',
      },
      usedIn: {
        a: 'Startups and scale-ups as the top product role, and larger companies as the Director and VP layers below the CPO.',
        b: 'Mid-sized and large companies with a C-level executive team.',
      },
    },
    differences: [
      'A Chief Product Officer always sits on the executive team, while a Head of Product (or VP or Director of Product) does so only where the company has no CPO.',
      'In a large company, a Head of Product at Director or VP level leads part of the product organisation, whereas the Chief Product Officer leads all of it.',
      'A Head of Product often stays close to individual products and teams; a Chief Product Officer works mostly through other product leaders.',
    ],
    overlaps: [
      'Both lead product managers and answer for product strategy.',
      'In a small or mid-sized company they can be the same job under different titles.',
      'Both represent product to the rest of the leadership team.',
    ],
    canOnePersonBeBoth: {
      verdict: 'sometimes',
      explanation:
        'In smaller companies they are usually one job: the Head or VP of Product is the top product role and reports to the CEO. Once a company appoints a Chief Product Officer, Heads, VPs and Directors of Product report to that person and the jobs separate.',
    },
    sourcesDisagree:
      'Sources and companies do not agree where one title ends and the other begins. Some treat VP of Product and Chief Product Officer as the same top job with different labels, the CPO title signalling a seat on the executive team; others, such as Melissa Perri, describe a ladder from Director through VP to CPO. Whether a Head of Product is the top product leader or a middle manager depends mostly on the size of the company.',
    sources: ['perri-escaping-the-build-trap', 'wikipedia-chief-product-officer', 'cagan-inspired-2017'],
  },
] as const satisfies readonly Comparison[];
