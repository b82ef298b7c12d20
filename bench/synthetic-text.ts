/**
 * Deterministic synthetic text for the benchmarks: job-posting and article sentences with role titles,
 * abbreviations, their negative contexts and plenty of ordinary words, cut into paragraph blocks.
 */
const SENTENCES = [
  'We are looking for a Senior Product Manager to own the payments roadmap and work with engineering.',
  'The Product Owner orders the Product Backlog and accepts the increment at the Sprint Review.',
  'Our Scrum Master coaches the team on Scrum and removes impediments to progress.',
  'You will partner with the Project Manager on schedules, budgets, risks and vendor contracts.',
  'As a PM you will talk to customers every week and write clear problem statements.',
  'Office hours are 9 AM to 5 PM, Monday to Friday, with a lunch break at noon.',
  'Send invoices to PO Box 1234 and quote the PO number on every document.',
  'A BA or BS in Computer Science, Economics or a related field is preferred.',
  'The Chief Product Officer reports to the CEO and leads product, design and research.',
  'Experience with product management tools such as Jira, Confluence and Productboard.',
  'The Technical Program Manager coordinates releases across twelve engineering teams.',
  'Benefits include health insurance, a learning budget and flexible working hours.',
  'Our Business Analyst maps current processes and writes acceptance criteria with the team.',
  'The Head of Product hires and coaches product managers across three product areas.',
  'Join a friendly team that ships small changes often and measures their outcomes carefully.',
  'Applicants must be authorised to work in the country and able to travel occasionally.',
];

export function syntheticBlocks(targetChars: number): string[] {
  const blocks: string[] = [];
  let total = 0;
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  while (total < targetChars) {
    const count = 2 + Math.floor(next() * 4);
    const parts: string[] = [];
    for (let i = 0; i < count; i++) parts.push(SENTENCES[Math.floor(next() * SENTENCES.length)] as string);
    const block = parts.join(' ');
    blocks.push(block);
    total += block.length;
  }
  return blocks;
}
