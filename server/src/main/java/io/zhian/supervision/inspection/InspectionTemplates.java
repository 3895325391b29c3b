package io.zhian.supervision.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhian.audit.AuditAction;
import io.zhian.audit.AuditRecord;
import io.zhian.audit.AuditTrail;
import io.zhian.common.Actor;
import io.zhian.common.ErrorCode;
import io.zhian.common.FieldProblems;
import io.zhian.common.Problems;
import io.zhian.common.ZhianException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versions of each trade's checklist. At start every trade without one gets its shipped default as version
 * 1; an edit stores a new version and leaves the old ones, which past inspections keep pointing at.
 */
@Service
public class InspectionTemplates implements ApplicationRunner {

	private static final TypeReference<List<TemplateSection>> SECTIONS = new TypeReference<>() {
	};
	private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,40}");
	private static final String SELECT = "select * from inspection_template";

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final AuditTrail audit;
	private final Problems problems;
	private final Clock clock;
	private final Map<String, DefaultTemplates.Draft> defaults;
	private final Map<Long, InspectionTemplate> byId = new java.util.concurrent.ConcurrentHashMap<>();

	InspectionTemplates(JdbcClient jdbc, JsonMapper json, AuditTrail audit, Problems problems, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
		this.problems = problems;
		this.clock = clock;
		this.defaults = DefaultTemplates.load(json);
	}

	/** Stores the shipped default of every trade that has no checklist yet. */
	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		defaults.forEach((trade, draft) -> jdbc.sql("""
				insert into inspection_template (trade, version, legal_basis, sections, created_at, created_by_name)
				values (?, 1, ?, ?::jsonb, ?, 'system') on conflict do nothing""")
			.params(trade, draft.legalBasis(), json.writeValueAsString(draft.sections()),
					Timestamp.from(clock.instant()))
			.update());
	}

	/** The trades that have a checklist: every declared trade and the entertainment trade. */
	public Set<String> trades() {
		return defaults.keySet();
	}

	/** The newest version of every trade's checklist. */
	public List<InspectionTemplate> current() {
		return jdbc.sql(SELECT + " t where version = (select max(version) from inspection_template"
				+ " where trade = t.trade) order by trade").query(this::template).list();
	}

	public InspectionTemplate current(String trade) {
		return jdbc.sql(SELECT + " where trade = ? order by version desc limit 1").param(trade)
			.query(this::template).optional()
			.orElseThrow(() -> new ZhianException(ErrorCode.INSPECTION_TEMPLATE_NOT_FOUND, trade));
	}

	/** One version; versions never change, so each is read from the database once. */
	public InspectionTemplate find(long id) {
		InspectionTemplate template = byId.get(id);
		if (template == null) {
			template = jdbc.sql(SELECT + " where id = ?").param(id).query(this::template).optional()
				.orElseThrow(() -> new ZhianException(ErrorCode.INSPECTION_TEMPLATE_NOT_FOUND, id));
			byId.put(id, template);
		}
		return template;
	}

	/** Every version of a trade's checklist, newest first. */
	public List<InspectionTemplate> versions(String trade) {
		return jdbc.sql(SELECT + " where trade = ? order by version desc").param(trade).query(this::template).list();
	}

	/** Stores the draft as the trade's next version. */
	@Transactional
	public InspectionTemplate save(Actor actor, String trade, TemplateDraft draft) {
		if (!defaults.containsKey(trade)) {
			throw new ZhianException(ErrorCode.INSPECTION_TEMPLATE_NOT_FOUND, trade);
		}
		FieldProblems refusal = new FieldProblems(problems);
		String basis = refusal.text("legalBasis", draft.legalBasis(), true, 500);
		check(refusal, draft.sections());
		refusal.throwIfAny(ErrorCode.INSPECTION_TEMPLATE_INVALID);
		jdbc.sql("select pg_advisory_xact_lock(hashtext('inspection_template:' || ?))").param(trade).query().singleValue();
		long id = jdbc.sql("""
				insert into inspection_template (trade, version, legal_basis, sections, created_at, created_by_name)
				select ?, coalesce(max(version), 0) + 1, ?, ?::jsonb, ?, ? from inspection_template where trade = ?
				returning id""")
			.params(trade, basis, json.writeValueAsString(draft.sections()), Timestamp.from(clock.instant()),
					actor.displayName(), trade)
			.query(Long.class).single();
		InspectionTemplate saved = find(id);
		audit.record(AuditRecord.success(AuditAction.CREATE, "InspectionTemplate", id,
				trade + " v" + saved.version()));
		return saved;
	}

	private void check(FieldProblems refusal, List<TemplateSection> sections) {
		if (sections.isEmpty()) {
			refusal.add("sections", ErrorCode.FIELD_REQUIRED);
		}
		Set<String> codes = new HashSet<>();
		for (int s = 0; s < sections.size(); s++) {
			TemplateSection section = sections.get(s);
			String at = "sections[" + s + "]";
			refusal.text(at + ".title", section.title(), true, 100);
			if (section.items().isEmpty()) {
				refusal.add(at + ".items", ErrorCode.FIELD_REQUIRED);
			}
			for (int i = 0; i < section.items().size(); i++) {
				TemplateItem item = section.items().get(i);
				String field = at + ".items[" + i + "]";
				refusal.text(field + ".text", item.text(), true, 200);
				if (item.code() == null || !CODE.matcher(item.code()).matches() || !codes.add(item.code())) {
					refusal.add(field + ".code", ErrorCode.INSPECTION_ITEM_CODE_INVALID, item.code());
				}
				if (item.type() == null) {
					refusal.add(field + ".type", ErrorCode.FIELD_REQUIRED);
				}
				if (item.points() < 1 || item.points() > 100) {
					refusal.add(field + ".points", ErrorCode.INSPECTION_POINTS_INVALID, item.points(), 100);
				}
			}
		}
	}

	private InspectionTemplate template(ResultSet rs, int row) throws SQLException {
		return new InspectionTemplate(rs.getLong("id"), rs.getString("trade"), rs.getInt("version"),
				rs.getString("legal_basis"), json.readValue(rs.getString("sections"), SECTIONS),
				rs.getTimestamp("created_at").toInstant(), rs.getString("created_by_name"));
	}
}
