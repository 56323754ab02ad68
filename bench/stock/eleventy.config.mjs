// The baseline the build benchmark compares against: stock Eleventy 3 turning the same
// Markdown files into pages with its default markdown-it and one trivial layout. The only
// addition reads our front matter's `2026-11-20 08:15` dates, which Eleventy rejects.
export default function (eleventyConfig) {
  eleventyConfig.setTemplateFormats(["md"]);
  eleventyConfig.addGlobalData("layout", "stock.njk");
  eleventyConfig.addDateParsing((value) => (typeof value === "string" ? new Date(`${value.replace(" ", "T")}:00+07:00`) : undefined));
  eleventyConfig.setQuietMode(true);
}
