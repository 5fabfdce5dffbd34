// The first paint, drawn before the app's WebAssembly has arrived: header, heading and lead
// of the page in the chosen language, above the loading indicator. The app replaces it all
// when it mounts. GENERATED from the message catalogue by src/first_paint.rs: do not edit;
// `SANSANG_WRITE_BOOT=1 cargo test --test first_paint` rewrites it.
(function () {
  var texts = {
    vi: {
      header: '<header class="site-header"><a href="#main" class="skip-link">Bỏ qua, đến nội dung chính<\/a><div class="site-header__bar"><a href="#/" class="site-header__brand"><span aria-hidden="true" class="site-header__mark">✓<\/span><span><span class="site-header__name">Sẵn Sàng<\/span><span class="site-header__tagline">Kiểm tra nhanh cho chiến dịch định danh điện tử VNeID<\/span><\/span><\/a><button type="button" lang="en" aria-label="Switch to English" class="lang-switch">English<\/button><\/div><nav aria-label="Các công cụ" class="site-nav"><ul><li><a href="#/">Trang chủ<\/a><\/li><li><a href="#/to-chuc">Tổ chức<\/a><\/li><li><a href="#/hoc-sinh">Học sinh<\/a><\/li><li><a href="#/chien-dich">Chiến dịch<\/a><\/li><li><a href="#/danh-sach">Kiểm tra danh sách<\/a><\/li><li><a href="#/doi-dia-chi">Đổi địa chỉ<\/a><\/li><\/ul><\/nav><\/header>',
      notKeptOffline: 'Công cụ này chưa được lưu trên máy để dùng khi không có mạng. Hãy kết nối mạng rồi tải lại trang: từ đó công cụ dùng được cả khi mất mạng.',
      pages: {
        '': '<h1 id="page-title" tabindex="-1">Bạn cần biết điều gì hôm nay?<\/h1><p class="lead">Sẵn Sàng giúp người dân, nhà trường và cán bộ trả lời nhanh các câu hỏi của chiến dịch cao điểm định danh điện tử. Mọi phép tính chạy ngay trên máy của bạn.<\/p>',
        'to-chuc': '<h1 id="page-title" tabindex="-1">Kiểm tra sẵn sàng đăng ký tài khoản định danh điện tử cho tổ chức<\/h1><p class="lead">Trả lời các câu hỏi dưới đây để biết tổ chức của bạn đã sẵn sàng đăng ký tài khoản định danh điện tử chưa, đăng ký theo cách nào và cần chuẩn bị gì. Mất khoảng 5 phút.<\/p><p class="hint">Câu trả lời chỉ được lưu trong trình duyệt trên máy này, không gửi đi đâu.<\/p>',
        'hoc-sinh': '<h1 id="page-title" tabindex="-1">Ước tính số học sinh cần làm căn cước và tài khoản định danh<\/h1><p class="lead no-print">Đếm số học sinh còn cần làm thẻ căn cước, tài khoản định danh điện tử mức 2 và kích hoạt tài khoản, rồi lập kế hoạch thu nhận hồ sơ để kịp hạn.<\/p><p class="hint no-print">Danh sách học sinh chỉ được xử lý trên máy này và không được lưu lại, trừ khi bạn chọn “Lưu danh sách trên máy này”. Ngày, số liệu theo lớp và năng lực thu nhận được lưu tạm trên máy để không mất khi tải lại trang.<\/p>',
        'chien-dich': '<h1 id="page-title" tabindex="-1">Theo dõi tiến độ chiến dịch<\/h1><p class="lead no-print">Nhập chỉ tiêu và số đã đạt của từng xã, phường (hoặc đơn vị tự đặt tên): công cụ tính tỷ lệ đạt, số còn lại, số cần mỗi ngày, ngày dự kiến xong, đánh dấu đơn vị dưới ngưỡng, chia chỉ tiêu, và tạo đường liên kết để gửi vào nhóm. Số liệu chỉ nằm trên máy của bạn và trong đường liên kết bạn gửi.<\/p><p class="hint no-print">Công cụ này chỉ dùng số liệu tổng hợp (số lượng theo đơn vị, ngày, chỉ tiêu), không có thông tin cá nhân.<\/p>',
        'danh-sach': '<h1 id="page-title" tabindex="-1">Kiểm tra danh sách tổ chức<\/h1><p class="lead">Mở tệp danh sách (Excel, OpenDocument, CSV hay “Unicode Text”) hoặc dán bảng từ bảng tính. Sẵn Sàng kiểm tra mã số thuế, mã trùng, xã/phường theo danh sách từ 01/07/2025, số điện thoại, email, trạng thái hoạt động, rồi đếm số tổ chức theo từng xã.<\/p>',
        'doi-dia-chi': '<h1 id="page-title" tabindex="-1">Đổi địa chỉ cũ sang mới<\/h1><p class="lead">Địa chỉ ghi trước ngày 1/7/2025 (xã, huyện, tỉnh cũ) đổi sang xã, phường và tỉnh, thành phố hiện nay theo bảng chuyển đổi của Cục Thống kê.<\/p><p class="hint">Mọi việc làm ngay trên máy của bạn; không gửi địa chỉ đi đâu.<\/p>',
      },
    },
    en: {
      header: '<header class="site-header"><a href="#main" class="skip-link">Skip to main content<\/a><div class="site-header__bar"><a href="#/" class="site-header__brand"><span aria-hidden="true" class="site-header__mark">✓<\/span><span><span class="site-header__name">Sẵn Sàng<\/span><span class="site-header__tagline">Quick checks for VNeID electronic identification campaigns<\/span><\/span><\/a><button type="button" lang="vi" aria-label="Chuyển sang tiếng Việt" class="lang-switch">Tiếng Việt<\/button><\/div><nav aria-label="Tools" class="site-nav"><ul><li><a href="#/">Home<\/a><\/li><li><a href="#/to-chuc">Organizations<\/a><\/li><li><a href="#/hoc-sinh">Students<\/a><\/li><li><a href="#/chien-dich">Campaigns<\/a><\/li><li><a href="#/danh-sach">Check a list<\/a><\/li><li><a href="#/doi-dia-chi">Old addresses<\/a><\/li><\/ul><\/nav><\/header>',
      notKeptOffline: 'This tool is not yet kept on this device for use without a connection. Connect to the internet and reload the page: from then on it works offline too.',
      pages: {
        '': '<h1 id="page-title" tabindex="-1">What do you need to know today?<\/h1><p class="lead">Sẵn Sàng helps citizens, schools and officers answer the questions of the e-ID peak campaigns quickly. Every calculation runs on your own device.<\/p>',
        'to-chuc': '<h1 id="page-title" tabindex="-1">Organization e-ID account readiness check<\/h1><p class="lead">Answer the questions below to find out whether your organization is ready to register its e-ID account, which way to register and what to prepare. It takes about 5 minutes.<\/p><p class="hint">Your answers are kept only in this browser on this device; nothing is sent anywhere.<\/p>',
        'hoc-sinh': '<h1 id="page-title" tabindex="-1">Student card and e-ID account estimator<\/h1><p class="lead no-print">Count the students who still need a căn cước card, a level-2 e-ID account or an activation, then plan the collection so you finish by the deadline.<\/p><p class="hint no-print">The student list is processed on this device only and is not saved unless you tick “Keep the list on this device”. Dates, counts per class and collection capacity are kept on this device so a reload loses nothing.<\/p>',
        'chien-dich': '<h1 id="page-title" tabindex="-1">Campaign progress tracker<\/h1><p class="lead no-print">Enter each commune&#39;s (or your own units&#39;) quota figures and what has been done: the tool computes the achieved rate, what remains, the daily rate needed, the projected finish, flags units under the threshold, splits quotas, and makes a link to post in a group. The figures stay on your device and in the link you send.<\/p><p class="hint no-print">This tool only uses aggregates (counts per unit, dates, targets): no personal data.<\/p>',
        'danh-sach': '<h1 id="page-title" tabindex="-1">Check a list of organizations<\/h1><p class="lead">Open a list file (Excel, OpenDocument, CSV or “Unicode Text”) or paste a table from a spreadsheet. Sẵn Sàng checks tax codes, repeated codes, communes against the list since 01/07/2025, phone numbers, emails and operating status, then counts organizations per commune.<\/p>',
        'doi-dia-chi': '<h1 id="page-title" tabindex="-1">Convert old addresses<\/h1><p class="lead">Addresses written before 1 July 2025 (old commune, district, province) converted to today&#39;s commune and province with the statistics office&#39;s conversion table.<\/p><p class="hint">Everything runs on your device; no address is sent anywhere.<\/p>',
      },
    },
  };
  var navSlugs = ['', 'to-chuc', 'hoc-sinh', 'chien-dich', 'danh-sach', 'doi-dia-chi'];
  var campaignSlug = 'chien-dich';
  try {
    var app = document.getElementById('app');
    var boot = app && app.querySelector('.boot');
    if (!boot) return;
    var lang = 'vi';
    try {
      if (/^\s*en\s*$/i.test(localStorage.getItem('sansang.lang') || '')) lang = 'en';
    } catch (storageBlocked) {}
    // The same reading of the address as src/route.rs: '#/slug' or '#/slug/rest'.
    var path = location.hash.replace(/^#/, '').replace(/^\//, '');
    var cut = path.indexOf('/');
    var slug = (cut < 0 ? path : path.slice(0, cut)).split(/[?&]/)[0];
    var rest = cut < 0 ? '' : path.slice(cut + 1);
    var known = texts[lang].pages.hasOwnProperty(slug);
    var current = (known && !rest) || slug === campaignSlug ? navSlugs.indexOf(slug) : -1;
    var heading = known && !rest ? texts[lang].pages[slug] : '';
    app.innerHTML = texts[lang].header + '<main id="main" tabindex="-1" class="page">' + heading + '<\/main>';
    var link = app.querySelectorAll('.site-nav a')[current];
    if (link) link.setAttribute('aria-current', 'page');
    app.querySelector('main').appendChild(boot);
    // Shown by the loader (www/postbuild.mjs) if, offline, this page's binary is not kept yet.
    var notKept = document.createElement('p');
    notKept.className = 'boot__not-kept';
    notKept.hidden = true;
    notKept.textContent = texts[lang].notKeptOffline;
    boot.appendChild(notKept);
    document.documentElement.lang = lang;
    // The app mounts once this has been shown (src/ui/mod.rs): torn down in the same moment,
    // the browser would not count it as shown. Never more than 300 ms.
    window['sansangFirstPaint'] = new Promise(function (shown) {
      setTimeout(shown, 300);
      new PerformanceObserver(function (list) {
        if (list.getEntries().some(function (e) { return e.element && e.element.closest('main'); })) shown();
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
  } catch (unexpected) {}
})();
