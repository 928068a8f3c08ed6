/** The static paths of every state of every guide, shared by /gids/ and /embed/gids/. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { GuideState } from '../guide/state.ts';
import { answersToSegments } from '../guide/url.ts';
import { walkGuide } from '../guide/walk.ts';
import { getSorted } from './collections.ts';

/** A region as the guide's region choice lists it. */
export interface RegionOption {
  slug: string;
  name: string;
}

export interface GuidePageProps {
  entry: CollectionEntry<'gidsen'>;
  state: GuideState;
  /** The regions for the region choice on a guide's start page: read once for all states. */
  regions: RegionOption[];
}

export async function guideStaticPaths() {
  const guides = await getCollection('gidsen');
  const regions: RegionOption[] = (await getSorted('regios')).map((r) => ({ slug: r.id, name: r.data.name }));
  return guides.flatMap((entry) =>
    [...walkGuide(entry.data)].map((state) => {
      const segments = answersToSegments(state.answers);
      const props: GuidePageProps = { entry, state, regions };
      return { params: { guide: entry.id, answers: segments.length > 0 ? segments.join('/') : undefined }, props };
    }),
  );
}
