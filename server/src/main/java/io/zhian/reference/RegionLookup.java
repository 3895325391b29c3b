package io.zhian.reference;

import java.util.Optional;

/** Finds a region by its six-digit code among current and retired GB/T 2260 codes. */
public interface RegionLookup {

	Optional<Region> find(String code);
}
