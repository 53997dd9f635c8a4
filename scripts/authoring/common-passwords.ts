// Builds data/security/common-passwords.txt, the list of passwords the platform refuses (NIST SP 800-63B asks
// verifiers to refuse commonly used, expected or compromised values). Run:
//   apt-get download john-data && dpkg-deb -x john-data_*.deb x
//   node bin/run-ts.js scripts/authoring/common-passwords.ts x/usr/share/john/password.lst
// Inputs: Openwall's password.lst (3,546 of the passwords most often seen in real password sets, compiled by
// Solar Designer 1996-2011 and stated in its header to be in the public domain; shipped by Debian's john-data
// package), plus systematic variants written here. Because passwords under 12 characters are refused anyway,
// the variants aim at the long-but-predictable: common words with digit, year and symbol suffixes, doubled
// words, keyboard walks, digit runs. Comparison is case-insensitive, so everything is stored lower-cased.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const source = process.argv[2];
if (!source) {
  process.stderr.write('usage: node bin/run-ts.js scripts/authoring/common-passwords.ts PATH/TO/password.lst\n');
  process.exit(2);
}
const openwall = readFileSync(source, 'utf8')
  .split('\n')
  .filter((l) => l !== '' && !l.startsWith('#!comment'))
  .map((l) => l.trim().toLowerCase())
  .filter(Boolean);

const out = new Set<string>();
const add = (p: string) => {
  const v = p.toLowerCase();
  if (v.length >= 4 && !v.startsWith('#')) out.add(v);
};
openwall.forEach(add);

// Themes that recur in every published top-passwords list, and the ones device and admin consoles invite.
const themes = [
  'password', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'qwerty', 'iloveyou', 'welcome', 'letmein', 'admin', 'administrator',
  'root', 'default', 'changeme', 'secret', 'master', 'dragon', 'monkey', 'football', 'baseball', 'sunshine',
  'princess', 'starwars', 'whatever', 'trustno1', 'superman', 'batman', 'shadow', 'michael', 'jennifer', 'jordan',
  'hunter', 'freedom', 'computer', 'internet', 'security', 'login', 'access', 'guest', 'user', 'test', 'testing',
  'raspberry', 'router', 'camera', 'device', 'network', 'wireless', 'wifi', 'homeassistant', 'smarthome', 'iotdevice',
  'ubnt', 'cisco', 'huawei', 'netgear', 'linksys', 'dlink', 'tplink', 'support', 'service', 'system', 'manager',
  'operator', 'supervisor', 'office', 'company', 'summer', 'winter', 'spring', 'autumn', 'january', 'february',
  'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'monday', 'friday',
  'london', 'paris', 'berlin', 'madrid', 'tokyo', 'singapore', 'helsinki', 'newyork', 'chelsea', 'liverpool',
  'arsenal', 'barcelona', 'pokemon', 'minecraft', 'fortnite', 'mustang', 'ferrari', 'chocolate', 'cookie', 'flower',
  'lovely', 'loveme', 'blessed', 'jesus', 'angel', 'happy', 'family', 'charlie', 'thomas', 'daniel', 'andrew',
  'iotspp', 'platform', 'policy',
];
const openwallWords = openwall.filter((w) => /^[a-z]{4,}$/.test(w)).slice(0, 700);
const bases = [...new Set([...themes, ...openwallWords])];

const years = Array.from({ length: 2030 - 1950 + 1 }, (_, i) => String(1950 + i));
const suffixes = ['1', '12', '123', '1234', '12345', '123456', '1234567', '!', '1!', '123!', '!!', '01', '007', '69', '99', '2000', '@123', '#1', '.', '11', '22'];
for (const b of bases) {
  for (const s of suffixes) add(b + s);
  add(b + b);
  add(`${b}${b}1`);
  add(`my${b}`);
  add(`${b}123456789`);
}
for (const b of themes) for (const y of years) add(b + y);
for (const b of themes.slice(0, 40)) for (const y of years.slice(-40)) add(`${b}@${y}`);
for (const a of themes.slice(0, 30)) for (const c of themes.slice(0, 30)) if (a !== c) add(a + c);

// Digit runs: ascending, descending, repeated, doubled dates-like patterns.
const digits = '12345678901234567890';
for (let n = 8; n <= 20; n += 1) {
  add(digits.slice(0, n));
  add('98765432109876543210'.slice(0, n));
  for (let d = 0; d <= 9; d += 1) add(String(d).repeat(n));
}
for (const block of ['12', '123', '1234', '12345', '123456', '123123', '112233', '121212', '147258369', '159753', '246810', '13579']) {
  for (let r = 2; r <= 4; r += 1) add(block.repeat(r));
}

// Keyboard walks, with and without digits and symbols, as people type them on QWERTY, AZERTY and QWERTZ.
const walks = [
  'qwertyuiop', 'qwertyuiop[]', 'asdfghjkl', 'asdfghjkl;', 'zxcvbnm', 'zxcvbnm,./', 'qwerty123', 'qwertyui', 'qwertyuio',
  'qwerasdfzxcv', 'qwerasdf', 'asdfqwer', 'zaq12wsx', 'zaq1zaq1', '1qaz2wsx', '1qaz2wsx3edc', '1qaz2wsx3edc4rfv',
  '1q2w3e4r', '1q2w3e4r5t', '1q2w3e4r5t6y', '1q2w3e4r5t6y7u8i', 'q1w2e3r4', 'q1w2e3r4t5', 'q1w2e3r4t5y6', 'qazwsx',
  'qazwsxedc', 'qazwsxedcrfv', 'qazxswedc', 'azertyuiop', 'azerty123', 'qwertzuiop', 'qwertz123', 'poiuytrewq',
  'lkjhgfdsa', 'mnbvcxz', 'asdasdasd', 'qweqweqwe', 'zxczxczxc', 'abcdefghijkl', 'abcdefghijklmnop', 'abcabcabc',
  'abc123abc123', 'aaaaaaaaaaaa', 'qwertyqwerty', 'asdfasdfasdf', '1234qwer', '1234qwerasdf', '1234qwerasdfzxcv',
  'qwer1234', 'asdf1234', 'zxcv1234', 'password123456', 'passwordpassword', 'iloveyouiloveyou', 'letmeinletmein',
  'correcthorsebatterystaple', 'changemeplease', 'pleasechangeme', 'adminadminadmin', 'rootroot', 'toortoor',
];
for (const w of walks) {
  add(w);
  for (const s of ['1', '12', '123', '1234', '!', '!@#', '!@#$', '!@#$%^']) add(w + s);
}

const sorted = [...out].sort();
const header = [
  '# Passwords the iotspp platform refuses, one per line, lower-case (comparison is case-insensitive).',
  '# Built by scripts/authoring/common-passwords.ts; see that file to rebuild it.',
  '# Sources: Openwall password.lst (Solar Designer, 1996-2011; "assumed to be in the public domain"; Debian',
  '# package john-data 1.9.0), and systematic variants generated by the script (common words with digit, year',
  '# and symbol suffixes, doubled words, keyboard walks, digit runs). No breach corpus is included.',
  `# Entries: ${sorted.length}.`,
];
const target = resolve(process.cwd(), 'data/security/common-passwords.txt');
writeFileSync(target, `${header.join('\n')}\n${sorted.join('\n')}\n`);
process.stdout.write(`wrote ${sorted.length} entries to ${target}\n`);
