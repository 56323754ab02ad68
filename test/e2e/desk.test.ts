/**
 * `npm run desk` as an editor meets it: in a copy of the project's skeleton with the small
 * fixture site as content/, Chromium (in Hanoi's time zone) opens the desk, writes an article
 * through Decap CMS's form (a title with Vietnamese marks, a section, tags, a lead photo with
 * its alt, a body), saves it through decap-server, and the Markdown file appears where README
 * says, passes the content check, and shows in the preview with its dateline. A photo without
 * its alt is refused before anything is written. The article is then opened again from the
 * list and its body edited in place; a second one is marked as a draft in the form, and the
 * production build leaves it out while publishing the first with its dateline. The screenshots of docs/huong-dan-bien-tap.md
 * are taken here, so they show the desk as it is, but only when asked (`npm run
 * screenshots:desk` sets DESK_SCREENSHOTS=1): a test run leaves the repository as it found it.
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { access, copyFile, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, test } from "node:test";
import type { Browser, BrowserContext, Page } from "playwright-core";
import sharp from "sharp";
import { freePort } from "../../src/cli/free-port.ts";
import { launchChromium } from "../helpers/browser.ts";
import { ROOT, runBuild, tempDir } from "../helpers/build.ts";
import { runCli } from "../helpers/cli.ts";
import { cloneEnv, copyProject } from "../helpers/project-copy.ts";

const TITLE = "Đường Đông Khê thông xe sau sáu tháng thi công";
const FILE = "content/articles/2026/duong-dong-khe-thong-xe-sau-sau-thang-thi-cong.md";
const URL_PATH = "/kinh-te/duong-dong-khe-thong-xe-sau-sau-thang-thi-cong/";
const PHOTO = path.join(ROOT, "test/fixtures/sites/basic/articles/2026/photos/cang.png");
const ADDED = "Tuyến đường dài 1,2 km, rộng 13,5 m.";
const CORRECTION = "Bản trước ghi tuyến đường rộng 15 m; đúng là 13,5 m.";
const DRAFT_TITLE = "Phường Máy Tơ lấy ý kiến người dân về chỉnh trang vỉa hè";
const DRAFT_FILE = "content/articles/2026/phuong-may-to-lay-y-kien-nguoi-dan-ve-chinh-trang-via-he.md";
const SCREENSHOTS = path.join(ROOT, "docs/screenshots");
const TAKE_SCREENSHOTS = process.env.DESK_SCREENSHOTS === "1";

let work: string;
let project: string;
let desk: ChildProcess | undefined;
let log = "";
let browser: Browser;
let context: BrowserContext;

async function until(done: () => boolean, what: string, ms = 120_000): Promise<void> {
  const started = Date.now();
  while (!done()) {
    if (desk?.exitCode !== null) throw new Error(`npm run desk ended before ${what}:\n${log.slice(-3000)}`);
    if (Date.now() - started > ms) throw new Error(`${what} did not happen:\n${log.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const address = (label: RegExp): string => label.exec(log)![1]!;
const deskUrl = (): string => address(/Bàn biên tập tại (http:\/\/\S+)/);
const previewUrl = (): string => address(/Xem trước tại (http:\/\/\S+\/)/);

/**
 * A screenshot for the editors' guide: WebP, small, as npm run screenshots writes them. The
 * preview's address in Decap's top bar carries this run's free port, so it is masked: the
 * image then changes only when the desk does.
 */
async function screenshot(page: Page, name: string): Promise<void> {
  if (!TAKE_SCREENSHOTS) return;
  const shot = await page.screenshot({ animations: "disabled", mask: [page.getByText(/^127\.0\.0\.1:\d+$/)], maskColor: "#eff0f4" });
  await sharp(shot).webp({ quality: 60 }).toFile(path.join(SCREENSHOTS, `${name}.webp`));
}

async function openNewArticle(): Promise<Page> {
  return openNewEntry("articles", "Tiêu đề");
}

/** A new entry's form of `collection`, once its field labelled `label` shows. */
async function openNewEntry(collection: string, label: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(deskUrl());
  // The local backend still shows Decap's sign-in button once; there is no account behind it.
  const signIn = page.getByRole("button", { name: "Đăng nhập" });
  const collections = page.getByText("Bộ sưu tập");
  await signIn.or(collections).first().waitFor();
  if (await signIn.isVisible()) await signIn.click();
  await collections.waitFor();
  await page.goto(`${deskUrl()}#/collections/${collection}/new`);
  await page.getByLabel(label).waitFor();
  return page;
}

async function choosePhoto(page: Page, file: string): Promise<void> {
  await page.getByRole("button", { name: "Chọn một hình" }).click();
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByRole("button", { name: "Lấy những cái đã chọn" }).click();
}

async function publish(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Công bố" }).first().click();
  await page.getByText("Công bố ngay").click();
}

/** Decap's publish button saves the entry; this waits until it says so. */
async function save(page: Page): Promise<void> {
  await publish(page);
  await page.getByText("THAY ĐỔI ĐÃ ĐƯỢC LƯU").waitFor({ timeout: 30_000 });
}

/** What `npm run check` runs, on the project's content. */
function check(): ReturnType<typeof runCli> {
  return runCli("check", [], { CONTENT_DIR: path.join(project, "content"), CACHE_DIR: path.join(work, "check-cache") });
}

const exists = (file: string): Promise<boolean> => access(file).then(() => true, () => false);

before(async () => {
  work = await tempDir("portal-desk");
  project = path.join(work, "project");
  await copyProject(project);
  // The documents fixture's lists, for the last test's document (the desk reads them at its start).
  const settings = path.join(project, "content/site.yaml");
  const lists = (await readFile(path.join(ROOT, "test/fixtures/sites/documents/site.yaml"), "utf8")).slice((await readFile(settings, "utf8")).length);
  await writeFile(settings, `${await readFile(settings, "utf8")}${lists}`);
  if (TAKE_SCREENSHOTS) await mkdir(SCREENSHOTS, { recursive: true });
  const env = cloneEnv({
    DESK_PORT: String(await freePort()),
    DESK_BACKEND_PORT: String(await freePort()),
    PREVIEW_PORT: String(await freePort()),
  });
  desk = spawn("npm", ["run", "desk"], { cwd: project, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  desk.stdout!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  desk.stderr!.on("data", (chunk: Buffer) => (log += chunk.toString()));
  await until(() => /Bàn biên tập tại http/.test(log), "the desk's start");
  browser = await launchChromium();
  // An editor in the newsroom: the form's times are Hanoi's wall clock.
  context = await browser.newContext({ timezoneId: "Asia/Ho_Chi_Minh", locale: "vi-VN", viewport: { width: 1280, height: 860 } });
});

after(async () => {
  await browser?.close();
  if (desk && desk.exitCode === null) {
    const closed = new Promise((resolve) => desk!.once("close", resolve));
    process.kill(-desk.pid!, "SIGINT");
    const killer = setTimeout(() => process.kill(-desk!.pid!, "SIGKILL"), 20_000);
    await closed;
    clearTimeout(killer);
  }
  await rm(work, { recursive: true, force: true });
});

test("the desk and the preview say where they are, on 127.0.0.1", () => {
  assert.equal(new URL(deskUrl()).hostname, "127.0.0.1");
  assert.equal(new URL(deskUrl()).pathname, "/admin/");
  assert.equal(new URL(previewUrl()).hostname, "127.0.0.1");
});

test("an article written in the desk is saved where README says, passes the check and shows in the preview", async () => {
  const page = await openNewArticle();
  try {
    await page.getByLabel("Tiêu đề").fill(TITLE);
    await page.getByLabel("Ngày đăng").fill("2026-11-20T09:30");
    await page.getByLabel("Chuyên mục").click();
    await page.getByRole("option", { name: "Kinh tế" }).click();
    await page.getByLabel("Chủ đề").fill("Đông Khê, giao thông");
    await page.getByLabel("Tác giả").fill("Tin và ảnh: Văn Cường");
    await choosePhoto(page, PHOTO);
    await page.getByLabel("Mô tả ảnh").fill("Xe qua đoạn đường mới thông trên phố Đông Khê");
    await page.getByLabel("Chú thích").fill("Đường Đông Khê sáng ngày thông xe");
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type("Sáng nay, đường Đông Khê thông xe sau sáu tháng thi công.");
    await page.getByLabel("Tiêu đề").scrollIntoViewIfNeeded();
    await screenshot(page, "desk-form-1280");
    await save(page);

    const markdown = await readFile(path.join(project, FILE), "utf8");
    assert.match(markdown, new RegExp(`^title: ${TITLE}$`, "m"));
    // The time the editor picked, with Hanoi's offset: read back as the same instant.
    assert.match(markdown, /^date: 2026-11-20 09:30\+07:00$/m);
    assert.match(markdown, /^section: kinh-te$/m);
    assert.match(markdown, /^ {2}- Đông Khê$/m);
    assert.match(markdown, /^ {2}alt: Xe qua đoạn đường mới thông trên phố Đông Khê$/m);
    assert.match(markdown, /^ {2}src: (?:\.\/)?anh\/cang\.png$/m);
    assert.doesNotMatch(markdown, /: ""$/m, "no empty optional field is written");
    assert.ok(await exists(path.join(project, "content/articles/2026/anh/cang.png")), "the photo is saved beside the article");

    const checked = await check();
    assert.equal(checked.code, 0, checked.stderr + checked.stdout);
    assert.match(checked.stdout, /6 bài đã đăng, 1 bản nháp, 0 hẹn giờ, 2 trang tĩnh, 0 lỗi/);

    const preview = await context.newPage();
    try {
      const started = Date.now();
      while ((await preview.goto(new URL(URL_PATH, previewUrl()).href))?.status() !== 200) {
        assert.ok(Date.now() - started < 60_000, `the preview never showed ${URL_PATH}:\n${log.slice(-2000)}`);
        await preview.waitForTimeout(300);
      }
      await preview.getByRole("heading", { level: 1, name: TITLE }).waitFor();
      await preview.getByText("Thứ Sáu, 20/11/2026 09:30").first().waitFor();
      await preview.getByRole("img", { name: "Xe qua đoạn đường mới thông trên phố Đông Khê" }).first().waitFor();
    } finally {
      await preview.close();
    }
    await page.goto(`${deskUrl()}#/collections/articles`);
    await page.getByText(TITLE).waitFor();
    await screenshot(page, "desk-list-1280");
  } finally {
    await page.close();
  }
});

test("a lead photo without its alt is refused before anything is written", async () => {
  const page = await openNewArticle();
  try {
    const photo = path.join(work, "ben-tau.png");
    await copyFile(PHOTO, photo);
    await page.getByLabel("Tiêu đề").fill("Bến tàu Bính Động đón khách");
    await page.getByLabel("Ngày đăng").fill("2026-11-21T07:00");
    await page.getByLabel("Chuyên mục").click();
    await page.getByRole("option", { name: "Thời sự" }).click();
    await choosePhoto(page, photo);
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type("Bến tàu mở cửa.");
    await publish(page);
    await page.getByLabel("Mô tả ảnh").scrollIntoViewIfNeeded();
    await page.getByText(/Ảnh đại diện: thiếu “Mô tả ảnh”/).waitFor({ state: "visible" });
    await screenshot(page, "desk-missing-alt-1280");
    await page.getByText("THAY ĐỔI CHƯA ĐƯỢC LƯU").waitFor();
    assert.equal(await exists(path.join(project, "content/articles/2026/ben-tau-binh-dong-don-khach.md")), false);
    assert.equal(await exists(path.join(project, "content/articles/2026/anh/ben-tau.png")), false, "the photo is not uploaded either");
  } finally {
    await page.close();
  }
});

test("the article opened again from the list is edited in place: same file, new body, still passes the check", async () => {
  const page = await context.newPage();
  try {
    await page.goto(`${deskUrl()}#/collections/articles`);
    await page.getByText(TITLE).click();
    await page.getByLabel("Tiêu đề").waitFor();
    const body = page.locator('[data-slate-editor="true"]');
    // The markdown toolbar is one of the parts Decap's own vi leaves in English (src/desk/locale.ts).
    await page.getByRole("button", { name: "Chữ đậm" }).waitFor();
    // The caret after the paragraph's last word, put there as an editor adding a sentence puts
    // it: a click in the blank to the right of the line. (A click in the text then End races
    // Slate, which may put back the caret of the click after End has moved it.) The mouse
    // clicks where it is told, so the line is scrolled into view first.
    const line = body.locator("[data-slate-string]", { hasText: "Sáng nay, đường Đông Khê" });
    await line.scrollIntoViewIfNeeded();
    const text = await line.boundingBox();
    assert.ok(text);
    await page.mouse.click(text.x + text.width + 20, text.y + text.height / 2);
    await page.waitForFunction(() => {
      const selection = window.getSelection();
      const at = selection?.focusNode?.textContent ?? "";
      return selection?.isCollapsed === true && at.endsWith("thi công.") && selection.focusOffset === at.length;
    });
    await page.keyboard.type(` ${ADDED}`);
    await save(page);

    const markdown = await readFile(path.join(project, FILE), "utf8");
    assert.match(markdown, new RegExp(`^Sáng nay, đường Đông Khê thông xe sau sáu tháng thi công\\. ${ADDED.replace(/[.,]/g, "\\$&")}$`, "m"));
    assert.match(markdown, new RegExp(`^title: ${TITLE}$`, "m"), "the rest of the front matter is kept");
    assert.match(markdown, /^date: 2026-11-20 09:30\+07:00$/m);
    assert.match(markdown, /^ {2}alt: Xe qua đoạn đường mới thông trên phố Đông Khê$/m);
    const files = (await readdir(path.join(project, "content/articles/2026"))).filter((name) => name.startsWith("duong-dong-khe"));
    assert.deepEqual(files, [path.basename(FILE)], "saved over the same file, not beside it");
    const checked = await check();
    assert.equal(checked.code, 0, checked.stderr + checked.stdout);
    assert.match(checked.stdout, /6 bài đã đăng, 1 bản nháp, 0 hẹn giờ, 2 trang tĩnh, 0 lỗi/);
  } finally {
    await page.close();
  }
});

test("a correction added in the form's list is written as corrections:, passes the check and shows on the article in the preview", async () => {
  const page = await context.newPage();
  try {
    await page.goto(`${deskUrl()}#/collections/articles`);
    await page.getByText(TITLE).click();
    await page.getByLabel("Tiêu đề").waitFor();
    await page.getByRole("button", { name: "Thêm đính chính" }).click();
    // The form offers now; the editor dates it when the fix was made (before the production
    // build's SITE_NOW below, 2026-11-25).
    await page.getByLabel("Thời điểm đính chính").fill("2026-11-21T16:45");
    await page.getByLabel("Lời đính chính").fill(CORRECTION);
    await save(page);

    const markdown = await readFile(path.join(project, FILE), "utf8");
    assert.match(markdown, new RegExp(`^corrections:\n {2}- date: 2026-11-21 16:45\\+07:00\n {4}text: ${CORRECTION.replace(/[.,]/g, "\\$&")}$`, "m"));
    const checked = await check();
    assert.equal(checked.code, 0, checked.stderr + checked.stdout);
    const preview = await context.newPage();
    try {
      const started = Date.now();
      for (;;) {
        await preview.goto(new URL(URL_PATH, previewUrl()).href);
        if ((await preview.getByRole("region", { name: "Đính chính" }).count()) > 0) break;
        assert.ok(Date.now() - started < 60_000, `the preview never showed the correction:\n${log.slice(-2000)}`);
        await preview.waitForTimeout(300);
      }
      assert.match(await preview.getByRole("region", { name: "Đính chính" }).innerText(), new RegExp(CORRECTION.replace(/[.,]/g, "\\$&")));
    } finally {
      await preview.close();
    }
  } finally {
    await page.close();
  }
});

test("an article marked as draft in the form is written draft: true, reported as a draft and left out of the production build", async () => {
  const page = await openNewArticle();
  try {
    await page.getByLabel("Tiêu đề").fill(DRAFT_TITLE);
    await page.getByLabel("Ngày đăng").fill("2026-11-22T08:00");
    await page.getByLabel("Chuyên mục").click();
    await page.getByRole("option", { name: "Thời sự" }).click();
    await page.getByLabel("Bản nháp").click();
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type("Phường mời người dân góp ý phương án chỉnh trang vỉa hè.");
    await save(page);
  } finally {
    await page.close();
  }
  const markdown = await readFile(path.join(project, DRAFT_FILE), "utf8");
  assert.match(markdown, /^draft: true$/m);

  const checked = await check();
  assert.equal(checked.code, 0, checked.stderr + checked.stdout);
  assert.match(checked.stdout, /6 bài đã đăng, 2 bản nháp, 0 hẹn giờ, 2 trang tĩnh, 0 lỗi/);
  assert.match(checked.stdout, new RegExp(`^ {2}bản nháp: +\\S*/${DRAFT_FILE.replace(/\./g, "\\.")}$`, "m"));

  // The production build, as CI runs it on what the desk wrote: the draft stays out, the other is published with its dateline.
  const site = path.join(work, "site");
  const built = await runBuild({ CONTENT_DIR: path.join(project, "content"), OUTPUT_DIR: site, CACHE_DIR: path.join(work, "build-cache") });
  assert.equal(built.code, 0, built.stderr + built.stdout);
  // SITE_NOW (runBuild) is 2026-11-25: the fixture's article for December is still scheduled there.
  assert.match(built.stdout, /5 bài đã đăng, 2 bản nháp, 1 hẹn giờ/);
  assert.match(built.stdout, new RegExp(`^ {2}bản nháp: +\\S*/${DRAFT_FILE.replace(/\./g, "\\.")}$`, "m"));
  const published = await readFile(path.join(site, URL_PATH, "index.html"), "utf8");
  assert.match(published.replace(/<[^>]+>/g, ""), /Thứ Sáu, 20\/11\/2026 09:30/);
  assert.ok(published.includes(ADDED), "the edited body is what is published");
  assert.equal(await exists(path.join(site, "thoi-su/phuong-may-to-lay-y-kien-nguoi-dan-ve-chinh-trang-via-he")), false);
  const everything = await readdir(site, { recursive: true });
  assert.ok(!everything.some((name) => name.includes("phuong-may-to")), "no page, feed entry or photo names the draft");
});

test("a document written in the desk: its file uploaded beside it, named after its number, and it passes the check", async () => {
  const page = await openNewEntry("documents", "Trích yếu");
  try {
    await page.getByLabel("Trích yếu").fill("Về việc báo cáo số liệu tiêm chủng (văn bản thử nghiệm)");
    await page.getByLabel("Loại văn bản").click();
    await page.getByRole("option", { name: "Công văn" }).click();
    await page.getByLabel("Số, ký hiệu").fill("121/SYT-VP");
    await page.getByLabel("Cơ quan ban hành").click();
    await page.getByRole("option", { name: "Sở Y tế (mẫu)" }).click();
    await page.getByLabel("Ngày ban hành").fill("2026-05-04");
    await page.getByLabel("Lĩnh vực").click();
    await page.getByRole("option", { name: "Y tế" }).click();
    await page.getByRole("button", { name: /^Thêm/ }).first().click();
    await page.getByRole("button", { name: "Chọn một tập tin" }).click();
    await page.locator('input[type="file"]').setInputFiles(path.join(ROOT, "test/fixtures/sites/documents/van-ban/120-syt-vp-2026.pdf"));
    await page.getByRole("button", { name: "Lấy những cái đã chọn" }).click();
    await save(page);

    const file = path.join(project, "content/van-ban/121-syt-vp.md");
    const markdown = await readFile(file, "utf8");
    assert.match(markdown, /^number: 121\/SYT-VP$/m);
    assert.match(markdown, /^issued: 2026-05-04$/m);
    assert.match(markdown, /^ {2}- file: (?:\.\/)?tep\/120-syt-vp-2026\.pdf$/m);
    assert.deepEqual(await readFile(path.join(project, "content/van-ban/tep/120-syt-vp-2026.pdf")), await readFile(path.join(ROOT, "test/fixtures/sites/documents/van-ban/120-syt-vp-2026.pdf")), "the file is saved as it is");
    const checked = await check();
    assert.equal(checked.code, 0, checked.stderr + checked.stdout);
    assert.match(checked.stdout, /1 văn bản, 0 lỗi/);
  } finally {
    await page.close();
  }
});

