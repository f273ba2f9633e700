//! The decision record and the minutes as PDF, read back by an independent extractor:
//! Poppler's `pdftotext` and `pdfinfo` (Debian's poppler-utils, which `scripts/test.sh`
//! installs). A restricted decision of the demo group in English with a Russian and a Dari
//! language version is adopted by its four members, each answering differently; its record
//! must hold the symbol, the hash, the text of each language version (Cyrillic and Arabic
//! script as text, not shapes), every party's position and the marking at the top and bottom
//! of every page. Whoever may not see the decision or the meeting gets the 404 of its page.

use std::io::Write;
use std::process::Command;

use axum::http::StatusCode;
use serde_json::json;

use crate::both_backends;
use crate::helpers::{As, Reply, Session, TestApp};
use crate::requests::{NewProcedure, NewText};
use crate::views::{Decision, Meeting, Procedure};
use majlis::store::Backend;

const RUSSIAN: &str = "Участники договорились справедливо делить воды Амударьи.";
const DARI: &str = "شرکت کنندگان موافقه کردند که آب آمو دریا را عادلانه تقسیم کنند.";
const UZBEK_STATEMENT: &str = "Uzbekistan reads fairly as in the 1992 Almaty agreement.";
const KYRGYZ_REASON: &str = "Kyrgyzstan stands aside pending its parliament.";

/// A PDF as Poppler reads it: its page count and the text of each page.
struct Extracted {
    pages: Vec<String>,
}

impl Extracted {
    fn of(pdf: &[u8]) -> Extracted {
        let mut file = tempfile::NamedTempFile::new().expect("a temporary file");
        file.write_all(pdf).expect("the PDF written");
        let path = file.path().to_str().expect("a UTF-8 path").to_owned();
        let info = poppler("pdfinfo", &[&path]);
        let pages: usize = info
            .lines()
            .find_map(|line| line.strip_prefix("Pages:"))
            .and_then(|count| count.trim().parse().ok())
            .unwrap_or_else(|| panic!("pdfinfo names no page count: {info}"));
        let pages = (1..=pages)
            .map(|page| {
                let page = page.to_string();
                poppler("pdftotext", &["-f", &page, "-l", &page, &path, "-"])
            })
            .collect();
        Extracted { pages }
    }

    fn text(&self) -> String {
        self.pages.concat()
    }

    /// The text with every run of white space made one space, for phrases a line may break.
    fn flowing(&self) -> String {
        self.text().split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

/// Runs a Poppler tool, which must succeed; its standard output.
fn poppler(tool: &str, args: &[&str]) -> String {
    let output = Command::new(tool).args(args).output().unwrap_or_else(|e| {
        panic!("{tool} (Debian's poppler-utils) is needed: run ./scripts/test.sh, which installs it ({e})")
    });
    assert!(
        output.status.success(),
        "{tool} {args:?} refused the PDF: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("UTF-8 text")
}

fn assert_pdf(reply: &Reply, file_name: &str) {
    reply.assert_status(StatusCode::OK);
    assert_eq!(
        reply.header("content-type").as_deref(),
        Some("application/pdf")
    );
    assert_eq!(
        reply.header("content-disposition"),
        Some(format!("attachment; filename=\"{file_name}\""))
    );
    assert!(reply.body.starts_with(b"%PDF-"), "a PDF file");
}

/// A restricted statement for the members, long enough for more than one page, adopted by
/// consensus: KZ and TJ concur, UZ concurs with a statement, KG stands aside. Its decision.
async fn adopted_restricted_decision(app: &TestApp) -> Decision {
    let secretariat = app.sign_in("secretariat").await;
    let paragraph = "The participants agree to share the water of the Amu Darya fairly, \
        season by season, and to tell one another of every new intake.";
    let body = vec![paragraph; 40].join("\n\n");
    let statement = NewText::new("Joint statement on the Amu Darya", &body)
        .distribution("members")
        .classification("restricted")
        .translation("ru", RUSSIAN)
        .translation("fa-AF", DARI);
    let text = app.draft_text(&secretariat, statement).await;
    let round = app
        .open_procedure(
            &secretariat,
            text.id,
            NewProcedure::consensus(1, &app.later(48)),
        )
        .await;
    for (envoy, party, position) in [
        ("kz.envoy", "KZ", json!({ "position": "concur" })),
        (
            "kg.envoy",
            "KG",
            json!({ "position": "stand_aside", "statement": KYRGYZ_REASON }),
        ),
        ("tj.envoy", "TJ", json!({ "position": "concur" })),
        (
            "uz.envoy",
            "UZ",
            json!({ "position": "concur_with_statement", "statement": UZBEK_STATEMENT }),
        ),
    ] {
        let mut body = position;
        body["party"] = json!(party);
        let session = app.sign_in(envoy).await;
        app.act(&session, round, "positions", body)
            .await
            .assert_status(StatusCode::OK);
    }
    let adopted: Procedure = app.procedure(&secretariat, round).await;
    assert_eq!(adopted.state, "adopted");
    let id = adopted.decision.expect("every member answered").id;
    app.decision(&secretariat, id).await
}

async fn the_decision_record_holds_every_language_version_its_hash_and_each_position(
    backend: Backend,
) {
    let app = TestApp::with_demo(backend).await;
    let decision = adopted_restricted_decision(&app).await;
    let kz = app.sign_in("kz.envoy").await;

    let reply = app
        .get(&format!("/decisions/{}.pdf", decision.id), As::Person(&kz))
        .await;

    let file_name = format!("{}.pdf", decision.symbol.replace('/', "-"));
    assert_pdf(&reply, &file_name);
    let pdf = Extracted::of(&reply.body);
    let text = pdf.flowing();
    for expected in [
        decision.symbol.as_str(),
        "Joint statement on the Amu Darya",
        decision.text_hash.as_str(),
        RUSSIAN,
        "آمو دریا",
        "Kazakhstan (KZ)",
        "Concurs, with a statement",
        UZBEK_STATEMENT,
        "Kyrgyzstan (KG) Stands aside",
        KYRGYZ_REASON,
        "Tajikistan (TJ) Concurs",
        "Uzbekistan (UZ) Concurs, with a statement",
    ] {
        assert!(
            text.contains(expected),
            "the record lacks {expected:?}: {text}"
        );
    }
    assert!(pdf.pages.len() > 1, "the long text runs over several pages");
    let last = pdf.pages.len();
    for (number, page) in pdf.pages.iter().enumerate() {
        assert!(
            page.matches("RESTRICTED").count() >= 2,
            "page {} is not marked at its top and bottom: {page}",
            number + 1
        );
        assert!(
            page.contains(&format!("Page {} of {last}", number + 1)),
            "page {} is not numbered: {page}",
            number + 1
        );
    }
}

/// Dari is set right to left: its words come out of the PDF in the order they are read, and
/// as the letters typed, not as the shaped forms a page shows.
async fn arabic_script_is_extracted_as_the_letters_typed(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let decision = adopted_restricted_decision(&app).await;
    let uz = app.sign_in("uz.envoy").await;

    let reply = app
        .get(&format!("/decisions/{}.pdf", decision.id), As::Person(&uz))
        .await;

    reply.assert_status(StatusCode::OK);
    let text = Extracted::of(&reply.body).flowing();
    let dari: Vec<&str> = DARI.trim_end_matches('.').split_whitespace().collect();
    for pair in dari.windows(2) {
        let phrase = pair.join(" ");
        assert!(
            text.contains(&phrase),
            "the record lacks {phrase:?}: {text}"
        );
    }
}

async fn who_may_not_see_a_decision_gets_the_404_of_its_page_for_its_pdf(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let decision = adopted_restricted_decision(&app).await;
    let observer = app.sign_in("tm.observer").await;
    let page = format!("/decisions/{}", decision.id);

    let refused = app.get(&format!("{page}.pdf"), As::Person(&observer)).await;

    let refused_page = app.get(&page, As::Person(&observer)).await;
    let absent = app
        .get("/decisions/999999.pdf", As::Person(&observer))
        .await;
    for reply in [&refused, &refused_page, &absent] {
        reply.assert_status(StatusCode::NOT_FOUND);
    }
    assert_eq!(
        refused.text(),
        absent.text(),
        "indistinguishable from nothing"
    );
    assert_eq!(
        refused.header("content-type"),
        refused_page.header("content-type")
    );
    let api = app
        .get(
            &format!("/api/v1/decisions/{}.pdf", decision.id),
            As::Person(&observer),
        )
        .await;
    api.assert_status(StatusCode::NOT_FOUND);
    assert_eq!(
        api.header("content-type").as_deref(),
        Some("application/problem+json")
    );
}

async fn a_program_fetches_the_record_with_its_token(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let decision = adopted_restricted_decision(&app).await;
    let tj = app.sign_in("tj.envoy").await;
    let token = app.create_token(&tj, "records").await;

    let reply = app
        .get(
            &format!("/api/v1/decisions/{}.pdf", decision.id),
            As::Bearer(&token.token),
        )
        .await;

    assert_pdf(
        &reply,
        &format!("{}.pdf", decision.symbol.replace('/', "-")),
    );
    assert!(Extracted::of(&reply.body).text().contains(&decision.symbol));
}

/// The demo's first meeting, at which its first decision was taken, and that decision.
async fn first_meeting_and_its_decision(app: &TestApp, who: &Session) -> (Meeting, Decision) {
    let decision = app
        .decisions(who)
        .await
        .into_iter()
        .find(|decision| decision.meeting.is_some())
        .expect("a demo decision taken at a meeting");
    let meeting = app
        .meeting(who, decision.meeting.expect("taken at a meeting"))
        .await;
    (meeting, decision)
}

async fn the_minutes_hold_the_agenda_the_attendance_and_the_decisions_taken(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let kg = app.sign_in("kg.envoy").await;
    let (meeting, decision) = first_meeting_and_its_decision(&app, &kg).await;

    let reply = app
        .get(
            &format!("/meetings/{}/minutes.pdf", meeting.id),
            As::Person(&kg),
        )
        .await;

    reply.assert_status(StatusCode::OK);
    assert_eq!(
        reply.header("content-type").as_deref(),
        Some("application/pdf")
    );
    let pdf = Extracted::of(&reply.body);
    let text = pdf.flowing();
    let agenda = meeting.agenda.expect("one meeting shows its agenda");
    assert!(!agenda.is_empty(), "the demo's first meeting has an agenda");
    for item in &agenda {
        let start: String = item
            .title
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(text.contains(&start), "the minutes lack {start:?}: {text}");
    }
    for party in [
        "Kazakhstan (KZ)",
        "Kyrgyzstan (KG)",
        "Tajikistan (TJ)",
        "Uzbekistan (UZ)",
    ] {
        assert!(text.contains(party), "the attendance lacks {party}: {text}");
    }
    assert!(text.contains(&decision.symbol), "{text}");
    assert!(text.contains(&meeting.city), "{text}");
    for page in &pdf.pages {
        assert!(page.matches("UNCLASSIFIED").count() >= 2, "{page}");
    }
}

async fn who_may_not_see_a_meeting_gets_404_for_its_minutes(backend: Backend) {
    let app = TestApp::with_demo(backend).await;
    let kg = app.sign_in("kg.envoy").await;
    let (meeting, _) = first_meeting_and_its_decision(&app, &kg).await;
    let admin = app.sign_in("admin").await;
    app.create_user(&admin, "outsider")
        .await
        .assert_status(StatusCode::CREATED);
    let outsider = app.sign_in("outsider").await;

    let refused = app
        .get(
            &format!("/meetings/{}/minutes.pdf", meeting.id),
            As::Person(&outsider),
        )
        .await;

    let absent = app
        .get("/meetings/999999/minutes.pdf", As::Person(&outsider))
        .await;
    refused.assert_status(StatusCode::NOT_FOUND);
    assert_eq!(refused.text(), absent.text());
    app.get(
        &format!("/api/v1/meetings/{}/minutes.pdf", meeting.id),
        As::Person(&outsider),
    )
    .await
    .assert_status(StatusCode::NOT_FOUND);
}

both_backends!(
    the_decision_record_holds_every_language_version_its_hash_and_each_position,
    arabic_script_is_extracted_as_the_letters_typed,
    who_may_not_see_a_decision_gets_the_404_of_its_page_for_its_pdf,
    a_program_fetches_the_record_with_its_token,
    the_minutes_hold_the_agenda_the_attendance_and_the_decisions_taken,
    who_may_not_see_a_meeting_gets_404_for_its_minutes,
);
