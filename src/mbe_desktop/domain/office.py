"""The office profile: who writes the letters and which data-protection law applies."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class OfficeProfile:
    counsellor_name: str
    office_name: str
    street: str = ""
    postcode: str = ""
    city: str = ""
    provider: str = ""
    phone: str = ""
    email: str = ""
    office_code: str = ""
    # Catalogue code from domain.catalogues.DATA_PROTECTION_LAWS ("gdpr_bdsg", "dsg_ekd", "kdg").
    data_protection_law: str = "gdpr_bdsg"

    @property
    def address_lines(self) -> list[str]:
        city_line = " ".join(part for part in (self.postcode, self.city) if part)
        return [line for line in (self.office_name, self.street, city_line) if line]
