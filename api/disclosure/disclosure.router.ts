import { Readable } from 'node:stream';
import type { Route } from '../openapi/route';
import { StreamedFile, zStreamedFile } from '../shared/streamed-file';
import { PHOTO_TYPES } from './photo';
import type { AgentProfilesService } from './agent-profiles.service';
import type { CentreProfileService } from './centre-profile.service';
import type { HallDisplayService } from './hall-display.service';
import type { PublicGuideService } from './public-guide.service';
import type { ResultsNoticeService } from './results-notice.service';
import {
  ZAgentCard,
  ZAgentCards,
  ZAgentProfileInput,
  ZCentreProfile,
  ZCentreProfileInput,
  ZGuideQuery,
  ZHallBoard,
  ZItemCodeParam,
  ZPublicCatalogue,
  ZPublicGuide,
  ZResultsNotice,
  ZResultsQuery,
  ZUserIdParam,
} from './disclosure.types';

const tags = ['disclosure 办事公开'];

export interface DisclosureServices {
  centre: CentreProfileService;
  agents: AgentProfilesService;
  guide: PublicGuideService;
  results: ResultsNoticeService;
  display: HallDisplayService;
}

/** 办事公开: open to everyone (no login, the public rate limit), and what admins keep for it. */
export function disclosureRoutes(route: Route, publicRoute: Route, s: DisclosureServices): void {
  publicRoute(
    {
      method: 'get',
      path: '/public/guide',
      summary: '办事指南目录 / the public catalogue',
      tags,
      public: true,
      query: ZGuideQuery,
      response: ZPublicCatalogue,
    },
    ({ query }) => s.guide.catalogue(query.q),
  );
  publicRoute(
    {
      method: 'get',
      path: '/public/guide/:code',
      summary: '办事指南 / one item’s full guide',
      tags,
      public: true,
      params: ZItemCodeParam,
      response: ZPublicGuide,
    },
    ({ params }) => s.guide.guide(params.code),
  );
  publicRoute(
    {
      method: 'get',
      path: '/public/agents',
      summary: '代办员公示 / village agents with station and phone',
      tags,
      public: true,
      response: ZAgentCards,
    },
    () => s.agents.cards(),
  );
  publicRoute(
    {
      method: 'get',
      path: '/public/agents/:userId/photo',
      summary: '代办员照片 / an agent’s photo',
      tags,
      public: true,
      params: ZUserIdParam,
      response: zStreamedFile('the photo'),
      raw: true,
      contentTypes: PHOTO_TYPES,
    },
    async ({ params }) => {
      const photo = await s.agents.photo(params.userId);
      const headers = { 'content-type': photo.type, 'cache-control': 'public, max-age=3600' };
      return new StreamedFile(headers, Readable.from([photo.bytes]));
    },
  );
  publicRoute(
    {
      method: 'get',
      path: '/public/results',
      summary: '办结公告 / matters ended in a quarter (no personal data)',
      tags,
      public: true,
      query: ZResultsQuery,
      response: ZResultsNotice,
    },
    ({ query }) => s.results.notice(query),
  );
  publicRoute(
    {
      method: 'get',
      path: '/public/display',
      summary: '大厅电子屏 / the hall screen: fees, discipline, commitments, today’s figures',
      tags,
      public: true,
      response: ZHallBoard,
    },
    () => s.display.board(),
  );

  route(
    {
      method: 'get',
      path: '/centre-profile',
      summary: '中心公示信息 / the centre’s public particulars',
      tags,
      response: ZCentreProfile,
    },
    () => s.centre.get(),
  );
  route(
    {
      method: 'put',
      path: '/centre-profile',
      summary: '修改中心公示信息 / edit the centre’s public particulars',
      tags,
      roles: ['ADMIN'],
      body: ZCentreProfileInput,
      response: ZCentreProfile,
    },
    ({ body, user }) => s.centre.update(body, user),
  );
  route(
    {
      method: 'get',
      path: '/agent-profiles',
      summary: '代办员公示信息 / the agents’ public cards',
      tags,
      roles: ['ADMIN', 'MANAGER'],
      response: ZAgentCards,
    },
    () => s.agents.cards(),
  );
  route(
    {
      method: 'put',
      path: '/agent-profiles/:userId',
      summary: '修改代办员公示信息 / edit an agent’s phone, note and photo',
      tags,
      roles: ['ADMIN'],
      params: ZUserIdParam,
      body: ZAgentProfileInput,
      response: ZAgentCard,
    },
    ({ params, body, user }) => s.agents.update(params.userId, body, user),
  );
}
