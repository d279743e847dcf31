/** A Japanese test world: the viewer 佐藤 花子 and one person in each relationship, with kana readings. */
import type { WorldData } from '../../src/backend/indexeddb/index.js';
import { person } from '../helpers/world.js';

const MINUTE = 60_000;

/**
 * 佐藤 花子 ("me") is connected with 山田 太郎, 鈴木 一郎 and 高橋 美咲, follows 田中 健, was asked by
 * 伊藤 さくら, asked 小林 大輔, is followed by 中村 陽菜, blocked 加藤 誠; 渡辺 翔 is unrelated and has a full profile.
 * Activities are `minutesAgo` old at import time.
 */
export function japaneseWorld(): WorldData {
  const now = Date.now();
  return {
    people: [
      person('me', '佐藤 花子', { phoneticName: 'さとう はなこ', jobTitle: '編集者' }),
      person('yamada', '山田 太郎', { phoneticName: 'やまだ たろう', familyName: '山田', givenName: '太郎', jobTitle: 'エンジニア' }),
      person('suzuki', '鈴木 一郎', { phoneticName: 'すずき いちろう' }),
      person('takahashi', '高橋 美咲', { phoneticName: 'たかはし みさき' }),
      person('tanaka', '田中 健', { phoneticName: 'たなか けん' }),
      person('ito', '伊藤 さくら', { phoneticName: 'いとう さくら' }),
      person('kobayashi', '小林 大輔', { phoneticName: 'こばやし だいすけ' }),
      person('nakamura', '中村 陽菜', { phoneticName: 'なかむら ひな' }),
      person('kato', '加藤 誠', { phoneticName: 'かとう まこと' }),
      person('watanabe', '渡辺 翔', {
        phoneticName: 'わたなべ しょう',
        jobTitle: 'デザイナー',
        organization: '株式会社サンプル',
        emails: [{ type: 'work', value: 'sho@example.jp' }],
        phones: [{ type: 'mobile', value: '090-1234-5678' }],
        addresses: [{ type: 'home', street: '千代田1-1', locality: '千代田区', region: '東京都', postalCode: '100-0001', country: '日本' }],
        urls: ['https://example.jp/'],
        birthday: '1990-04-05',
        note: '勉強会で知り合った。',
      }),
    ],
    relations: [
      { type: 'connection', fromId: 'me', toId: 'yamada' },
      { type: 'connection', fromId: 'me', toId: 'suzuki' },
      { type: 'connection', fromId: 'me', toId: 'takahashi' },
      { type: 'follow', fromId: 'me', toId: 'tanaka' },
      { type: 'follow', fromId: 'nakamura', toId: 'me' },
      { type: 'block', fromId: 'me', toId: 'kato' },
    ],
    requests: [
      { fromId: 'ito', toId: 'me' },
      { fromId: 'me', toId: 'kobayashi' },
    ],
    activities: [
      { id: 'p1', actorId: 'yamada', kind: 'post', text: '新しいプロジェクトを始めました', createdAt: now - 5 * MINUTE },
      { id: 'c1', actorId: 'suzuki', kind: 'connected', targetId: 'takahashi', text: '', createdAt: now - 3 * 60 * MINUTE },
      { id: 'c2', actorId: 'takahashi', kind: 'connected', targetId: 'me', text: '', createdAt: now - 2 * 24 * 60 * MINUTE },
      { id: 'j1', actorId: 'tanaka', kind: 'joined', text: '', createdAt: now - 3 * 24 * 60 * MINUTE },
      { id: 'u1', actorId: 'yamada', kind: 'profile-updated', text: '', createdAt: now - 4 * 24 * 60 * MINUTE },
    ],
  };
}
