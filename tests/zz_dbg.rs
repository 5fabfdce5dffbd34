#[path = "support/old_units.rs"]
mod old_units;
#[test]
fn dbg() {
    use sansang::rules::bulk::*;
    let d = old_units::data();
    for p in [None, sansang::rules::units::ProvinceCode::new(91).ok()] {
        let mut r = AddressReader::new(Some(d), p);
        for c in [
            "Huyện Châu Thành",
            "TP Rạch Giá",
            "Thị xã Hà Tiên",
            "Thành phố Rạch Giá",
        ] {
            println!(
                "{p:?} {c}: {:?}",
                r.read(RowCells {
                    commune: Some(c),
                    ..Default::default()
                })
                .0
            );
        }
    }
    println!(
        "{:?}",
        sansang::rules::units::commune(sansang::rules::units::CommuneCode::new(30898).unwrap())
    );
    println!(
        "{:?}",
        sansang::rules::units::commune(sansang::rules::units::CommuneCode::new(30880).unwrap())
    );
}
