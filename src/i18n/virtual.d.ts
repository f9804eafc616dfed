/** Every chapter's title and question in both languages, extracted at build time from the catalogs (vite.config.ts, chapterTitles). */
declare module 'virtual:chapter-titles' {
  const titles: { en: Record<string, string>; zh: Record<string, string> };
  export default titles;
}
