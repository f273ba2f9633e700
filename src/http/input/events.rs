//! Where an event stream resumes: the `Last-Event-ID` header a browser's `EventSource` sends
//! when it reconnects, or `?after=` for a script; either is the sequence number of the last
//! journal entry received.

use crate::domain::message::Message;
use crate::domain::validation::ValidationErrors;

/// The entry to resume after: the header when there is one, else the query's `after`, else
/// none (the stream starts at the journal's head). Anything but a whole number from 0 is
/// refused naming where it came from, before the stream opens.
pub fn resume_after(
    header: Option<&[u8]>,
    after: Option<&str>,
) -> Result<Option<i64>, ValidationErrors> {
    let (field, text) = match (header, after) {
        (Some(header), _) => ("Last-Event-ID", std::str::from_utf8(header).unwrap_or("-")),
        (None, Some(after)) => ("after", after),
        (None, None) => return Ok(None),
    };
    let text = text.trim();
    let number = text
        .bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| text.parse::<i64>().ok())
        .flatten();
    match number {
        Some(seq) => Ok(Some(seq)),
        None => Err(ValidationErrors::single(
            field,
            Message::new("error-last-event-id"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_whole_number_from_zero_is_where_the_stream_resumes() {
        assert_eq!(resume_after(Some(b"42"), None), Ok(Some(42)));
        assert_eq!(resume_after(None, Some("0")), Ok(Some(0)));
        assert_eq!(resume_after(Some(b"7"), Some("9")), Ok(Some(7)));
        assert_eq!(resume_after(None, None), Ok(None));
    }

    #[test]
    fn anything_else_is_refused_naming_where_it_came_from() {
        for bad in ["", "-1", "+3", "1.5", "abc", "99999999999999999999", "٣"] {
            let refused = resume_after(Some(bad.as_bytes()), None).expect_err(bad);
            assert!(refused.message_for("Last-Event-ID").is_some(), "{bad:?}");
        }
        let refused = resume_after(None, Some("x")).expect_err("x");
        assert!(refused.message_for("after").is_some());
        assert!(resume_after(Some(&[0xff, 0x31]), None).is_err());
    }
}
