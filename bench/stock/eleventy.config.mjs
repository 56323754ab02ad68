// The baseline the build benchmark compares against: stock Eleventy 3 turning the same
// Markdown files into pages with its default markdown-it and one trivial layout.
export default function (eleventyConfig) {
  eleventyConfig.setTemplateFormats(["md"]);
  eleventyConfig.addGlobalData("layout", "stock.njk");
  eleventyConfig.setIncludesDirectory("../stock-includes");
  // Our front matter has fields Eleventy does not know; tags stay tags.
  eleventyConfig.setQuietMode(true);
}
