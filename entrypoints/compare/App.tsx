import { useEffect, useState } from 'preact/hooks';
import { ComparePickers } from '../../components/ComparePickers';
import { ComparisonView } from '../../components/ComparisonView';
import { GlossaryView } from '../../components/GlossaryView';
import type { RoleId } from '../../data/role-ids';
import { compareSearch, type CompareLocation, glossarySearch, parseCompareLocation } from '../../lib/compare-url';
import { ALL_ROLES, findComparison, maybeRole, searchRoles } from '../../lib/glossary';

/** The compare page: wiring only. The address is the state, so deep links and Back work. */
export function App() {
  const [location, setLocation] = useState<CompareLocation>(() => parseCompareLocation(window.location.search));

  useEffect(() => {
    const onPop = () => setLocation(parseCompareLocation(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const go = (search: string, replace = false) => {
    const url = `${window.location.pathname}?${search}`;
    if (replace) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    setLocation(parseCompareLocation(search));
  };

  useEffect(() => {
    document.title =
      location.view === 'glossary'
        ? 'Glossary · RoleLens'
        : `${maybeRole(location.a)?.title ?? '?'} vs ${maybeRole(location.b)?.title ?? '?'} · RoleLens`;
  }, [location]);

  return (
    <div class="rl-page">
      <header class="rl-page__header">
        <a class="rl-brand" href="?view=glossary">
          <img src="/icon/32.png" alt="" width="24" height="24" />
          RoleLens
        </a>
        <nav aria-label="Views">
          <a
            href={`?${compareSearch(location.view === 'compare' ? location.a : 'product-manager', location.view === 'compare' ? location.b : 'product-owner')}`}
            aria-current={location.view === 'compare' ? 'page' : undefined}
          >
            Compare roles
          </a>
          <a href={`?${glossarySearch()}`} aria-current={location.view === 'glossary' ? 'page' : undefined}>
            Glossary
          </a>
        </nav>
      </header>
      <main class="rl-page__main">
        {location.view === 'glossary' ? (
          <GlossaryView
            query={location.query}
            roles={searchRoles(location.query)}
            onQuery={(q) => go(glossarySearch(q), true)}
            compareHref={(a, b) => `?${compareSearch(a, b)}`}
          />
        ) : (
          <Compare location={location} onChange={(a, b) => go(compareSearch(a, b))} />
        )}
      </main>
    </div>
  );
}

function Compare({
  location,
  onChange,
}: {
  location: Extract<CompareLocation, { view: 'compare' }>;
  onChange: (a: RoleId | undefined, b: RoleId | undefined) => void;
}) {
  const a = maybeRole(location.a);
  const b = maybeRole(location.b);
  return (
    <>
      <h1 class="rl-visually-hidden">Compare roles</h1>
      <ComparePickers idPrefix="compare" roles={ALL_ROLES} a={location.a} b={location.b} onChange={onChange} />
      {location.unknown.length > 0 && (
        <p class="rl-alert" role="alert">
          RoleLens does not know {location.unknown.map((u) => `“${u}”`).join(' or ')}. Choose the roles to compare
          above.
        </p>
      )}
      {a && b && a.id !== b.id && <ComparisonView a={a} b={b} authored={findComparison(a.id, b.id)} />}
      {a && b && a.id === b.id && <p class="rl-note">Choose two different roles to compare.</p>}
      {(!a || !b) && location.unknown.length === 0 && <p class="rl-note">Choose two roles to compare.</p>}
    </>
  );
}
