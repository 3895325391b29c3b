package io.zhian.bench.city;

/** Common street names of Chinese towns, for the addresses of guests and venues. */
final class Streets {

	static final String[] ANY = { "人民路", "解放路", "中山路", "建设路", "新华街", "和平路", "文化路", "胜利路", "光明街", "健康路",
			"滨江路", "民主路", "团结路", "长江路", "学府大道", "朝阳路" };

	private Streets() {
	}
}
