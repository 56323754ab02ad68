import assert from "node:assert/strict";
import { test } from "node:test";
import { dayPhrase, parseSiteDate, siteDate, yearMonth } from "../../src/content/dates.ts";

const ZONE = "Asia/Ho_Chi_Minh";

function parse(value: string) {
  const result = parseSiteDate(value, ZONE);
  if (!result.ok) throw new Error(result.message);
  return result.date;
}

test(`a date-time without offset is site-local, whatever TZ is (${process.env.TZ ?? "unset"})`, () => {
  const date = parse("2021-04-20 09:30");
  assert.equal(date.epochMs, Date.UTC(2021, 3, 20, 2, 30));
  assert.equal(date.iso, "2021-04-20T09:30:00+07:00");
  assert.equal(date.display, "Thứ Ba, 20/04/2021 09:30");
  assert.equal(date.short, "20/04/2021 09:30");
  assert.equal(date.hasTime, true);
});

test("gray-matter's UTC trap: 2025-11-27 09:30:00 is 09:30 in Hà Nội, not 16:30", () => {
  assert.equal(parse("2025-11-27 09:30:00").iso, "2025-11-27T09:30:00+07:00");
  assert.equal(parse("2025-11-27T09:30").iso, "2025-11-27T09:30:00+07:00");
});

test("an explicit offset is honoured and shown in the site zone", () => {
  assert.equal(parse("2021-04-20T02:30:00Z").iso, "2021-04-20T09:30:00+07:00");
  assert.equal(parse("2021-04-20T09:30:00+09:00").iso, "2021-04-20T07:30:00+07:00");
  assert.equal(parse("2021-04-19T23:00:00-05:00").display, "Thứ Ba, 20/04/2021 11:00");
});

test("a bare date is midnight site-local and displays without a time", () => {
  const date = parse("2021-04-20");
  assert.equal(date.iso, "2021-04-20T00:00:00+07:00");
  assert.equal(date.display, "Thứ Ba, 20/04/2021");
  assert.equal(date.hasTime, false);
});

test("impossible dates are refused with a message", () => {
  for (const bad of ["2021-02-30", "2021-13-01", "20/04/2021", "2021-04-20 25:00", "hôm qua", ""]) {
    const result = parseSiteDate(bad, ZONE);
    assert.equal(result.ok, false, bad);
  }
  const leap = parseSiteDate("2024-02-29 10:00", ZONE);
  assert.equal(leap.ok, true);
});

test("Vietnamese weekday names, Sunday included", () => {
  assert.equal(parse("2026-11-22 08:00").display, "Chủ Nhật, 22/11/2026 08:00");
  assert.equal(parse("2026-11-23 08:00").display, "Thứ Hai, 23/11/2026 08:00");
});

test("day phrases: part of the day in site time, year only when it differs", () => {
  const reference = yearMonth(Date.UTC(2026, 10, 25, 3, 0), ZONE).year;
  assert.equal(dayPhrase(parse("2026-11-27 07:15"), reference), "Sáng 27/11");
  assert.equal(dayPhrase(parse("2026-11-27 11:30"), reference), "Trưa 27/11");
  assert.equal(dayPhrase(parse("2026-11-27 14:00"), reference), "Chiều 27/11");
  assert.equal(dayPhrase(parse("2026-11-27 19:45"), reference), "Tối 27/11");
  assert.equal(dayPhrase(parse("2021-04-20 09:30"), reference), "Sáng 20/04/2021");
  assert.equal(dayPhrase(parse("2026-11-27"), reference), "Ngày 27/11");
  // 23:30 UTC on 31/12 is already the next morning, and the next year, in Hà Nội.
  assert.equal(dayPhrase(siteDate(Date.UTC(2025, 11, 31, 23, 30), ZONE), reference), "Sáng 01/01");
});

test("the reference year is the site zone's: 23:30 UTC on New Year's Eve is already next year in Hà Nội", () => {
  assert.equal(yearMonth(Date.UTC(2025, 11, 31, 23, 30), ZONE).year, 2026);
  assert.equal(dayPhrase(parse("2026-01-01 08:00"), yearMonth(Date.UTC(2025, 11, 31, 23, 30), ZONE).year), "Sáng 01/01");
});

test("years outside 1900–2099 and offsets no place uses are refused, with a hint", () => {
  const refused = (value: string): string => {
    const result = parseSiteDate(value, ZONE);
    assert.equal(result.ok, false, value);
    return result.ok ? "" : result.message;
  };
  assert.match(refused("0999-01-01"), /has the year 999 \| dates run from 1900 to 2099/);
  assert.match(refused("1899-12-31 23:59"), /has the year 1899/);
  assert.match(refused("2206-11-20 07:30"), /has the year 2206/);
  assert.match(refused("2026-11-20T07:30+99:99"), /has the offset \+99:99, which no place uses \| offsets run from -12:00 to \+14:00/);
  assert.match(refused("2026-11-20T07:30+07:60"), /has the offset \+07:60/);
  assert.match(refused("2026-11-20T07:30-13:00"), /has the offset -13:00/);
  assert.equal(parse("1900-01-01").iso.slice(0, 10), "1900-01-01");
  assert.equal(parse("2099-12-31 23:00").iso, "2099-12-31T23:00:00+07:00");
  assert.equal(parse("2026-11-20T07:30+14:00").iso, "2026-11-20T00:30:00+07:00");
  assert.equal(parse("2026-11-20T07:30-12:00").iso, "2026-11-21T02:30:00+07:00");
});
