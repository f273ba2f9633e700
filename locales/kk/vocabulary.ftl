# The domain's words (src/http/vocabulary.rs): `<family>-<stored word>`.

marking-banner-unclassified = UNCLASSIFIED
marking-banner-restricted = RESTRICTED
marking-banner-confidential = CONFIDENTIAL

classification-unclassified = unclassified
classification-restricted = restricted
classification-confidential = confidential

distribution-public = public
distribution-group = the group
distribution-members = member parties
distribution-listed = listed parties
distribution-national = national

role-envoy = envoy
role-deputy = deputy
role-delegate = delegate
role-expert = expert
role-secretariat = secretariat

standing-member = member
standing-observer = observer
standing-guest = guest

text-kind-joint-statement = joint statement
text-kind-decision = decision
text-kind-minutes = minutes
text-kind-roadmap = roadmap
text-kind-chairs-summary = chair's summary
text-kind-non-paper = non-paper

procedure-kind-consensus = consensus round
procedure-kind-silence = silence procedure

position-concur = concur
position-concur-with-statement = concur with statement
position-stand-aside = stand aside
position-ad-referendum = ad referendum
position-object = object

answer-concur = concur
answer-concur-with-statement = concur with statement
answer-stand-aside = stand aside
answer-ad-referendum = ad referendum
answer-object = object
answer-no-objection-heard = no objection heard (chair's note)

outcome-open = open
outcome-adopted = adopted
outcome-not-adopted = not adopted
outcome-withdrawn = withdrawn
outcome-superseded = superseded

meeting-format-envoys = envoys
meeting-format-senior-officials = senior officials
meeting-format-experts = experts
meeting-format-ministers = ministers
meeting-format-extraordinary = extraordinary

meeting-status-planned = planned
meeting-status-convened = convened
meeting-status-concluded = concluded
meeting-status-cancelled = cancelled
