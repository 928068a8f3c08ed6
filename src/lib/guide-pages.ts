/** The static paths of every state of every guide, shared by /gids/ and /embed/gids/. */
import { getCollection } from 'astro:content';
import { answersToSegments } from '../guide/url.ts';
import { walkGuide } from '../guide/walk.ts';

export async function guideStaticPaths() {
  const guides = await getCollection('gidsen');
  return guides.flatMap((entry) =>
    [...walkGuide(entry.data)].map((state) => {
      const segments = answersToSegments(state.answers);
      return { params: { guide: entry.id, answers: segments.length > 0 ? segments.join('/') : undefined }, props: { entry, state } };
    }),
  );
}
