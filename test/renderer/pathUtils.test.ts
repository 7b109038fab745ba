import { describe, expect, it } from 'vitest';
import { joinPath, projectFileName, splitPath } from '../../src/renderer/src/contrib/projects/pathUtils';

describe('path helpers', () => {
  it('splits POSIX and Windows folders into a breadcrumb', () => {
    expect(splitPath('/home/ana/Loupe')).toEqual([
      { label: '/', path: '/' },
      { label: 'home', path: '/home' },
      { label: 'ana', path: '/home/ana' },
      { label: 'Loupe', path: '/home/ana/Loupe' },
    ]);
    expect(splitPath('C:\\Users\\ana')).toEqual([
      { label: 'C:\\', path: 'C:\\' },
      { label: 'Users', path: 'C:\\Users' },
      { label: 'ana', path: 'C:\\Users\\ana' },
    ]);
  });

  it('joins with the folder’s own separator', () => {
    expect(joinPath('/home/ana', 'x.loupe')).toBe('/home/ana/x.loupe');
    expect(joinPath('/', 'x.loupe')).toBe('/x.loupe');
    expect(joinPath('C:\\Users\\ana', 'x.loupe')).toBe('C:\\Users\\ana\\x.loupe');
  });

  it('makes a safe project file name from any project name', () => {
    expect(projectFileName('Q3 survey')).toBe('Q3 survey.loupe');
    expect(projectFileName('a/b\\c:d*?')).toBe('a-b-c-d--.loupe');
    expect(projectFileName('  ..  ')).toBe('Untitled.loupe');
    expect(projectFileName('tab\there')).toBe('tab here.loupe');
  });
});
