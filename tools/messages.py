#!/usr/bin/env python3
"""Writes both message bundles from one table. Run after adding keys: python3 tools/messages.py
Each entry: key -> (zh_CN, en). The bundles are overwritten: edit this table, not the .properties files."""
import pathlib, collections

M = collections.OrderedDict()
def add(key, zh, en): M[key] = (zh, en)

add('app.name', '信赖 Shinrai', 'Shinrai')
add('app.tagline', '正确 + 亲切 = 信赖', 'Accurate + Kind = Trust')
# navigation
add('nav.menu', '菜单', 'Menu')
add('nav.home', '首页', 'Home')
add('nav.breadcrumb', '当前位置', 'Breadcrumb')
add('nav.signOut', '退出登录', 'Sign out')
add('nav.section.service', '服务前台', 'Service')
add('nav.section.workshop', '车间', 'Workshop')
add('nav.section.customers', '客户', 'Customers')
add('nav.section.parts', '配件', 'Parts')
add('nav.section.network', '网络', 'Network')
add('nav.section.administration', '管理', 'Administration')
add('nav.staff', '员工管理', 'Staff')
add('nav.dealerSettings', '门店信息', 'Dealer profile')
add('nav.networkDealers', '网络经销商', 'Network dealers')
add('nav.audit', '审计日志', 'Audit log')
add('language.current', '中文', 'English')
add('language.zh', '中文', '中文 (Chinese)')
add('language.en', 'English（英文）', 'English')
# actions
add('action.close', '关闭', 'Close')
add('action.save', '保存', 'Save')
add('action.cancel', '取消', 'Cancel')
add('action.reset', '重置', 'Reset')
add('action.filter', '筛选', 'Filter')
add('validation.required', '不能为空', 'must not be blank')
# sign-in
add('login.title', '登录 - 信赖', 'Sign in - Shinrai')
add('login.username', '用户名', 'Username')
add('login.password', '密码', 'Password')
add('login.submit', '登录', 'Sign in')
add('login.error.credentials', '用户名或密码错误。', 'Wrong username or password.')
add('login.error.locked', '密码错误次数过多，账户已临时锁定，请 15 分钟后再试或联系门店管理员。',
    'Too many wrong passwords: the account is locked for 15 minutes. Try again later or ask your dealer admin.')
add('login.error.disabled', '该账户已停用，请联系门店管理员。', 'This account is disabled. Ask your dealer admin.')
add('login.error.expired', '页面已过期，请重新登录。', 'The page had expired; please sign in again.')
add('login.signedOut', '您已安全退出。', 'You have signed out.')
# home
add('home.title', '首页 - 信赖', 'Home - Shinrai')
add('home.greeting', '{0}，您好！', 'Hello, {0}!')
add('home.intro', '以下是您的岗位可以使用的功能。', 'These are the places your job gives you access to.')
add('home.yourRoles', '您的岗位：', 'Your roles:')
# roles
roles = {
 'DEALER_ADMIN': ('门店管理员', 'Dealer admin'),
 'SERVICE_MANAGER': ('服务经理', 'Service manager'),
 'SERVICE_ADVISOR': ('服务顾问', 'Service advisor'),
 'TECHNICIAN': ('维修技师', 'Technician'),
 'FOREMAN': ('车间班组长', 'Foreman (team leader)'),
 'QC_INSPECTOR': ('质检员', 'QC inspector'),
 'CASHIER': ('收银员', 'Cashier'),
 'CUSTOMER_RELATIONS': ('客服专员', 'Customer-relations agent'),
 'PARTS_CLERK': ('配件管理员', 'Parts clerk'),
 'NETWORK_ANALYST': ('网络分析员', 'Network analyst'),
}
for k, (zh, en) in roles.items(): add('role.' + k, zh, en)
perms = {
 'DEALER_SETTINGS_MANAGE': ('维护门店信息', 'Manage the dealer profile'),
 'STAFF_MANAGE': ('管理员工与权限', 'Manage staff and roles'),
 'AUDIT_READ': ('查看审计日志', 'Read the audit log'),
 'NETWORK_DEALERS_READ': ('查看网络内经销商', 'See the network\'s dealers'),
 'NETWORK_KPI_READ': ('查看网络 KPI', 'Read network KPIs'),
 'DEALER_KPI_READ': ('查看门店 KPI', 'Read dealer KPIs'),
 'CUSTOMER_READ': ('查看客户与车辆', 'Read customers and vehicles'),
 'CUSTOMER_WRITE': ('维护客户与车辆', 'Edit customers and vehicles'),
 'CUSTOMER_CONTACT_VIEW': ('查看完整联系方式', 'See unmasked contact details'),
 'CUSTOMER_MERGE': ('合并重复客户', 'Merge duplicate customers'),
 'CUSTOMER_IMPORT_EXPORT': ('导入导出客户', 'Import and export customers'),
 'APPOINTMENT_BOOK': ('预约', 'Book appointments'),
 'BOOKING_SET_UP': ('预约设置（产能、休息日）', 'Set up booking capacity and closed days'),
 'RECEPTION_PERFORM': ('接车', 'Receive vehicles'),
 'REPAIR_ORDER_WRITE': ('开具委托书', 'Write repair orders'),
 'REPAIR_ORDER_DISPATCH': ('派工', 'Dispatch repair work'),
 'REPAIR_WORK': ('维修作业与自检', 'Do repair work and self-inspection'),
 'INSPECTION_TEAM_LEADER': ('班组长检验', 'Team-leader inspection'),
 'INSPECTION_FINAL': ('终检', 'Final quality inspection'),
 'SETTLEMENT': ('结算收款', 'Settle and take payment'),
 'FOLLOW_UP_CALL': ('回访', 'Follow-up calls'),
 'COMPLAINT_HANDLE': ('处理投诉', 'Handle complaints'),
 'CARE_CAMPAIGN_MANAGE': ('客户关怀活动', 'Run customer-care campaigns'),
 'PARTS_MANAGE': ('配件库存管理', 'Manage parts inventory'),
 'PARTS_ISSUE': ('配件出库', 'Issue parts'),
}
for k, (zh, en) in perms.items(): add('permission.' + k, zh, en)
# staff
add('staff.title', '员工管理', 'Staff')
add('staff.hire', '新增员工', 'Add staff member')
add('staff.edit', '编辑员工', 'Edit staff member')
add('staff.displayName', '姓名', 'Name')
add('staff.username', '用户名', 'Username')
add('staff.roles', '岗位', 'Roles')
add('staff.status', '状态', 'Status')
add('staff.lastSignIn', '最近登录', 'Last sign-in')
add('staff.never', '从未登录', 'never')
add('staff.active', '正常', 'Active')
add('staff.disabled', '已停用', 'Disabled')
add('staff.locked', '已锁定', 'Locked')
add('staff.enabled', '允许登录', 'May sign in')
add('staff.initialPassword', '初始密码', 'Initial password')
add('staff.resetPassword', '重置密码', 'Reset password')
add('staff.newPassword', '新密码（至少 10 位）', 'New password (10+ characters)')
add('staff.lockedUntil', '该账户因多次密码错误被锁定至 {0}。', 'Locked after repeated wrong passwords until {0}.')
add('staff.unlock', '立即解锁', 'Unlock now')
add('staff.hired', '已新增员工 {0}。', 'Added {0}.')
add('staff.updated', '已保存 {0} 的信息。', 'Saved {0}.')
add('staff.passwordReset', '密码已重置。', 'Password reset.')
add('staff.unlocked', '账户已解锁。', 'Account unlocked.')
add('staff.error.noRole', '请至少选择一个岗位', 'choose at least one role')
add('staff.error.networkRole', '门店员工不能担任网络岗位', 'dealer staff cannot hold a network role')
add('staff.error.usernameFormat', '用户名须为 2-40 位字母、数字、点、横线或下划线，并以字母或数字开头',
    'use 2-40 letters, digits, dots, dashes or underscores, starting with a letter or digit')
add('staff.error.usernameTaken', '用户名 {0} 已被使用', 'the username {0} is already taken')
add('staff.error.cannotLockOutYourself', '不能停用自己或取消自己的门店管理员岗位',
    'you cannot disable yourself or drop your own dealer admin role')
add('staff.error.passwordTooShort', '密码至少需要 {0} 个字符', 'the password needs at least {0} characters')
add('staff.error.passwordContainsUsername', '密码不能包含用户名', 'the password must not contain the username')
add('staff.error.passwordOnlyDigits', '密码不能全为数字', 'the password must not be digits only')
# own account
add('account.password.title', '修改密码', 'Change password')
add('account.currentPassword', '当前密码', 'Current password')
add('account.newPassword', '新密码', 'New password')
add('account.confirmation', '再次输入新密码', 'New password again')
add('account.password.changed', '密码已修改。', 'Your password has been changed.')
add('account.error.currentPasswordWrong', '当前密码不正确', 'the current password is wrong')
add('account.error.confirmationMismatch', '两次输入的新密码不一致', 'the two new passwords differ')
# dealer
add('dealer.settings.title', '门店信息', 'Dealer profile')
add('dealer.settings.code', '经销商代码：{0}', 'Dealer code: {0}')
add('dealer.code', '代码', 'Code')
add('dealer.name', '门店名称', 'Name')
add('dealer.address', '地址', 'Address')
add('dealer.phone', '服务电话', 'Service phone')
add('dealer.opensAt', '营业开始', 'Opens at')
add('dealer.closesAt', '营业结束', 'Closes at')
add('dealer.timeZone', '时区', 'Time zone')
add('dealer.labourRate', '工时单价（元/小时）', 'Labour rate (CNY per hour)')
add('dealer.activeStaff', '在岗员工', 'Active staff')
add('dealer.saved', '门店信息已保存。', 'Dealer profile saved.')
add('dealer.error.hours', '营业结束时间须晚于开始时间', 'closing time must be after opening time')
add('dealer.error.timeZone', '未知的时区', 'unknown time zone')
add('dealer.error.labourRate', '工时单价不能为负数', 'the labour rate cannot be negative')
add('network.dealers.title', '网络经销商', 'Network dealers')
add('network.dealers.intro', '{0} 下的全部经销商（只读）。', 'All dealers of {0} (read-only).')
# audit
add('audit.title', '审计日志', 'Audit log')
add('audit.from', '开始日期', 'From')
add('audit.to', '结束日期', 'To')
add('audit.actor', '操作人', 'Who')
add('audit.action', '操作', 'Action')
add('audit.action.any', '全部操作', 'Any action')
add('audit.action.SIGN_IN', '登录', 'Sign-in')
add('audit.action.SIGN_IN_FAILED', '登录失败', 'Failed sign-in')
add('audit.action.INSERT', '新增', 'Created')
add('audit.action.UPDATE', '修改', 'Changed')
add('audit.action.DELETE', '删除', 'Deleted')
add('audit.when', '时间', 'When')
add('audit.entity', '对象', 'Record')
add('audit.details', '详情', 'Details')
add('audit.system', '系统', 'System')
add('audit.empty', '没有符合条件的记录。', 'Nothing matches.')
add('audit.older', '更早的记录', 'Older entries')
# errors: pages
add('error.page.title', '出错了 - 信赖', 'Error - Shinrai')
add('error.page.404', '您要找的页面或记录不存在。', 'The page or record you asked for does not exist.')
add('error.page.403', '您的岗位无权访问此页面。', 'Your role does not give access to this page.')
add('error.page.other', '抱歉，服务器出了问题，已记录。请稍后再试，或联系管理员。', 'Sorry, the server failed; this has been logged. Try again, or tell your administrator.')
# errors: API problem details
for status, zh, en in [(400, '请求无效', 'Bad request'), (401, '未登录', 'Unauthorized'), (403, '无权访问', 'Forbidden'),
                       (404, '未找到', 'Not found'), (405, '方法不允许', 'Method not allowed'), (406, '无法提供该格式', 'Not acceptable'),
                       (409, '冲突', 'Conflict'), (413, '内容过大', 'Payload too large'), (415, '不支持的内容类型', 'Unsupported media type'),
                       (429, '请求过于频繁', 'Too many requests'), (500, '服务器错误', 'Internal server error'), (503, '服务暂不可用', 'Service unavailable')]:
    add('problem.title.%d' % status, zh, en)
add('error.status.400', '请求格式不正确。', 'The request is malformed.')
add('error.status.401', '请先登录。', 'Sign in first.')
add('error.status.403', '您无权执行此操作。', 'You are not allowed to do this.')
add('error.status.404', '请求的资源不存在。', 'No such resource.')
add('error.status.405', '此地址不支持该请求方法。', 'This address does not support that method.')
add('error.status.406', '无法以请求的格式返回结果。', 'The result cannot be given in the requested format.')
add('error.status.409', '请求与当前数据冲突。', 'The request conflicts with the current data.')
add('error.status.413', '上传的内容过大。', 'The upload is too large.')
add('error.status.415', '不支持该内容类型。', 'That content type is not supported.')
add('error.status.429', '请求过于频繁，请稍后再试。', 'Too many requests; try again later.')
add('error.status.500', '服务器出错了。', 'The server failed.')
add('error.status.503', '服务暂时不可用，请稍后再试。', 'The service is unavailable; try again later.')
add('error.validation', '提交的数据有误，请检查标出的字段。', 'Some fields are invalid; see errors.')
add('error.notFound', '{0}（编号 {1}）不存在。', 'There is no {0} with number {1}.')
add('error.forbidden', '您的岗位无权执行此操作。', 'Your role does not allow this.')
add('error.unauthenticated', '缺少有效的登录凭证，或用户名、密码错误。', 'Missing or invalid credentials, or wrong username or password.')
add('error.badCredentials', '用户名或密码错误。', 'Wrong username or password.')
add('error.accountLocked', '密码错误次数过多，账户已临时锁定，请稍后再试。', 'Too many wrong passwords: the account is locked for a while.')
add('error.accountDisabled', '该账户已停用。', 'This account is disabled.')
add('error.concurrentEdit', '该记录已被他人修改，请刷新后重试。', 'Someone else changed this record; reload and try again.')
add('error.unexpected', '服务器内部错误（错误编号 {0}），已记录，请联系管理员。', 'Internal error (id {0}); it has been logged. Please tell your administrator.')

# customers and vehicles (UI)
add('nav.customers', '客户查询', 'Customers')
add('nav.newCustomer', '新建客户', 'New customer')
add('search.placeholder', '手机号 / 车牌 / VIN / 姓名', 'Mobile / plate / VIN / name')
add('search.submit', '查询', 'Search')
add('search.help', '可输入完整手机号或后 4 位、车牌（可省略省份简称）、完整 VIN 或后 6/8 位、客户或公司名称。',
    'Type a full mobile number or its last 4 digits, a plate (the province character may be left out), a full VIN or its last 6 or 8 characters, or a customer or company name.')
add('search.noHits', '没有找到与“{0}”匹配的客户。', 'No customer matches "{0}".')
add('search.reason.MOBILE', '手机号', 'mobile')
add('search.reason.MOBILE_LAST_FOUR', '手机尾号', 'mobile, last 4')
add('search.reason.VEHICLE', '车辆', 'vehicle')
add('search.reason.NAME', '姓名', 'name')
add('customer.search.title', '客户查询', 'Customers')
add('customer.new', '新建客户', 'New customer')
add('customer.edit', '编辑资料', 'Edit')
add('customer.updated', '已保存 {0} 的资料。', 'Saved {0}.')
add('customer.number', '客户编号 {0,number,#}', 'Customer no. {0,number,#}')
add('customer.merge.title', '合并重复客户', 'Merge duplicate customers')
add('customer.merge.explanation', '重复客户的车辆、电话、联系人、授权记录、标签、备注和客户动态将并入保留的客户；重复客户的档案保留并标记为已合并，合并操作记入审计日志。', 'The duplicate\'s vehicles, phone numbers, contacts, consents, tags, notes and timeline move to the customer kept; the duplicate stays on file marked as merged, and the merge is written to the audit log.')
add('customer.merge.survivor', '保留的客户', 'Customer kept')
add('customer.merge.duplicate', '重复的客户（将被合并）', 'Duplicate (merged away)')
add('customer.merge.counts', '授权记录 {0} 条，动态 {1} 条', '{0} consent events, {1} timeline entries')
add('customer.merge.confirm', '确认合并', 'Merge')
add('customer.merge.prompt', '把另一位客户（重复建档）合并到此客户：客户编号', 'Merge another (duplicate) record into this customer: customer no.')
add('customer.merge.review', '核对', 'Review')
add('customer.merged', '已将客户编号 {0} 合并到此客户。', 'Customer no. {0} merged into this one.')
add('customer.mergedInto', '此客户已合并到', 'This record was merged into')
add('customer.error.mergeSelf', '不能把客户合并到自己', 'a customer cannot be merged into itself')
add('customer.error.mergedRecord', '这份档案已合并到另一位客户，请在合并后的档案上操作', 'this record was merged into another: work on the surviving record')
add('customer.error.alreadyMerged', '其中一位客户已被合并过', 'one of the two has already been merged')
add('timeline.merged', '合并了重复客户 {0}（编号 {1}）', 'Merged the duplicate {0} (no. {1})')
add('audit.action.MERGE', '合并客户', 'Merged customers')
add('customer.number.header', '客户编号', 'Customer no.')
add('customer.export', '导出 Excel', 'Export to Excel')
add('customer.export.filename', '客户查询结果', 'customers')
add('customer.registered', '已建档：{0}', 'Registered {0}.')
add('customer.duplicate.warning', '已有客户使用相同的手机号，请先确认是否为同一人：', 'A customer with the same mobile number exists. Is this the same person?')
add('customer.duplicate.confirm', '不是同一人，仍然新建', 'Someone else: register anyway')
add('customer.kind', '客户类型', 'Type')
add('customer.kind.PERSON', '个人', 'Person')
add('customer.kind.COMPANY', '单位', 'Company')
add('customer.name', '姓名 / 单位名称', 'Name / company name')
add('customer.surname', '姓氏（称呼用）', 'Surname (for greeting)')
add('customer.gender', '性别', 'Gender')
add('customer.gender.unknown', '未填写', 'Not given')
add('customer.gender.MALE', '男', 'Male')
add('customer.gender.FEMALE', '女', 'Female')
add('customer.mobile', '手机号', 'Mobile')
add('customer.secondMobile', '备用手机号', 'Second mobile')
add('customer.otherPhone', '其他电话', 'Other phone')
add('customer.email', '电子邮箱', 'E-mail')
add('customer.wechatId', '微信号', 'WeChat ID')
add('customer.birthday', '生日', 'Birthday')
add('customer.address', '地址', 'Address')
add('customer.idCardNumber', '身份证号', 'ID card number')
add('customer.source', '客户来源', 'Source')
for k, zh, en in [('WALK_IN','到店','Walk-in'),('PHONE','电话','Phone'),('REFERRAL','转介绍','Referral'),('ONLINE','网络','Online'),
                  ('SALES','新车销售','New-car sales'),('FLEET','集团客户','Fleet'),('IMPORT','数据导入','Import')]:
    add('customer.source.' + k, zh, en)
add('customer.tags', '标签（逗号分隔）', 'Tags (comma-separated)')
add('customer.notes', '备注', 'Notes')
add('customer.greetAs', '称呼：{0}', 'Greet as: {0}')
add('customer.salutation.MALE', '{0}先生', 'Mr {0}')
add('customer.salutation.FEMALE', '{0}女士', 'Ms {0}')
add('customer.salutation.NONE', '{0}', '{0}')
add('customer.profile', '客户资料', 'Profile')
add('customer.masked', '（已隐藏）', '(hidden)')
add('customer.revealContact', '显示完整号码（将记入审计日志）', 'Show full numbers (recorded in the audit log)')
add('customer.openItems', '待办事项', 'Open items')
add('customer.openItems.none', '暂无待办事项。', 'Nothing open.')
add('customer.error.possibleDuplicate', '已有 {0} 位客户使用该手机号，可能重复建档', '{0} customer(s) already use this mobile number: probably the same person')
add('customer.error.nameRequired', '请填写姓名或单位名称', 'enter the name or company name')
add('customer.error.phoneRequired', '个人客户至少需要一个联系电话', 'a person needs at least one phone number')
add('customer.error.email', '电子邮箱格式不正确', 'this is not an e-mail address')
add('consent.title', '联系授权', 'Consent')
add('consent.channel', '渠道', 'Channel')
for k, zh, en in [('SMS','短信','SMS'),('PHONE_CALL','电话','Phone call'),('EMAIL','电子邮件','E-mail'),('LETTER','信函','Letter'),('WECHAT','微信','WeChat')]:
    add('consent.channel.' + k, zh, en)
add('consent.none', '未授权', 'not asked')
add('consent.granted', '已同意', 'granted')
add('consent.withdrawn', '已撤回', 'withdrawn')
add('consent.method', '方式', 'How')
for k, zh, en in [('SIGNED_FORM','签字表单','Signed form'),('VERBAL','口头确认','Verbal'),('WECHAT','微信确认','WeChat'),('WEB','网页','Web'),
                  ('IMPORT','数据导入','Import'),('OPT_OUT_REPLY','回复退订','Opt-out reply')]:
    add('consent.method.' + k, zh, en)
add('consent.note', '备注（可选）', 'Note (optional)')
add('consent.grant', '记录同意', 'Record consent')
add('consent.withdraw', '记录撤回', 'Record withdrawal')
add('consent.recordedGranted', '已记录客户同意。', 'Consent recorded.')
add('consent.recordedWithdrawn', '已记录客户撤回授权。', 'Withdrawal recorded.')
add('vehicle.add', '添加车辆', 'Add vehicle')
add('vehicle.title', '车辆', 'Vehicles')
add('vehicle.plate', '车牌号', 'Plate')
add('vehicle.vin', '车架号（VIN）', 'VIN')
add('vehicle.model', '车型', 'Model')
add('vehicle.lastReading', '最近里程', 'Last reading')
add('vehicle.nextMaintenance', '下次保养', 'Next maintenance')
add('vehicle.none', '尚无车辆。', 'No vehicles yet.')
add('vehicle.kilometres', '当前里程（km）', 'Odometer (km)')
add('vehicle.brand', '品牌', 'Brand')
add('vehicle.series', '车系', 'Series')
add('vehicle.modelName', '车型配置', 'Model')
add('vehicle.modelYear', '年款', 'Model year')
add('vehicle.colour', '颜色', 'Colour')
add('vehicle.engineNumber', '发动机号', 'Engine number')
add('vehicle.purchaseDate', '购车日期', 'Purchase date')
add('vehicle.warrantyStart', '保修起始日', 'Warranty start')
add('vehicle.insuranceCompany', '保险公司', 'Insurance company')
add('vehicle.insuranceExpiry', '保险到期日', 'Insurance expiry')
add('vehicle.registered', '已添加车辆 {0}。', 'Vehicle {0} added.')
add('vehicle.error.vinIsPermanent', '车架号登记后不能修改', 'a VIN cannot be changed once registered')
add('vehicle.error.vinRegistered', '车架号 {0} 已登记在本店', 'the VIN {0} is already registered at this dealer')
add('vehicle.error.odometerBackwards', '里程 {0} 小于上次记录的 {1}；如更换过里程表请注明', 'the reading {0} is below the last one, {1}; mark it as a meter replacement if the meter was changed')
add('vehicle.error.ownerRequired', '请指定车主', 'give the owner')
add('timeline.title', '客户动态', 'Timeline')
add('timeline.empty', '暂无记录。', 'Nothing yet.')
add('timeline.registered', '客户建档', 'Customer registered')
add('timeline.vehicleRegistered', '登记车辆 {0}（{1}）', 'Vehicle registered: {0} ({1})')
add('timeline.vehicleReceived', '车辆 {0} 转入', 'Vehicle {0} received')
add('timeline.vehicleHandedOver', '车辆 {0} 已转给新车主', 'Vehicle {0} passed to a new owner')
add('audit.action.VIEW_CONTACT', '查看完整联系方式', 'Viewed contact details')
add('audit.action.EXPORT', '导出', 'Export')

# value objects: VIN, plate, phone numbers, ID card (texts with arguments: no apostrophes, quotes doubled)
add('field.vin', '车架号（VIN）', 'VIN')
add('field.plate', '车牌号', 'Plate')
add('field.mobile', '手机号', 'Mobile')
add('field.phone', '电话', 'Phone')
add('field.idCardNumber', '身份证号', 'ID card number')
add('vin.error.blank', '请填写车架号（VIN）。', 'Enter the VIN.')
add('vin.error.length', '车架号（VIN）须为 17 位，实际为 {0} 位。', 'A VIN has 17 characters, not {0}.')
add('vin.error.characters', '车架号（VIN）只能包含数字和字母（不含 I、O、Q），以下字符无效：{0}',
    'A VIN has only digits and letters other than I, O and Q; not allowed: {0}')
add('vin.error.checkDigit', '车架号（VIN）第 9 位校验位应为 {0}，实际为 {1}，请核对是否输错。',
    'The check digit (9th character) should be {0}, not {1}: please check the VIN for a typing error.')
add('plate.error.blank', '请填写车牌号。', 'Enter the plate number.')
add('plate.error.format', '“{0}”不是有效的车牌号，例如：沪A12345、沪AD12345（新能源）、沪A1234学。',
    '{0} is not a valid plate number; examples: 沪A12345, 沪AD12345 (new energy), 沪A1234学.')
add('plate.error.province', '车牌号首字“{0}”不是省份简称。', 'The first character {0} is not a province abbreviation.')
add('plate.error.letters', '车牌号“{0}”中含有字母 I 或 O，车牌不使用这两个字母，请检查是否应为数字 1 或 0。',
    'Plate {0} contains the letter I or O, which plates do not use: did you mean the digit 1 or 0?')
add('mobile.error.blank', '请填写手机号。', 'Enter the mobile number.')
add('mobile.error.invalid', '“{0}”不是有效的手机号，应为 11 位数字，例如 138 1234 5678。',
    '{0} is not a valid mobile number; it should have 11 digits, e.g. 138 1234 5678.')
add('mobile.error.notMobile', '“{0}”是固定电话，不是手机号；请填写在“其他电话”中。',
    '{0} is a landline, not a mobile number; enter it under Other phone.')
add('mobile.error.notChinese', '“{0}”不是中国大陆手机号；境外号码请填写在“其他电话”中。',
    '{0} is not a mainland China mobile number; enter numbers from elsewhere under Other phone.')
add('phone.error.blank', '请填写电话号码。', 'Enter the phone number.')
add('phone.error.invalid', '“{0}”不是有效的电话号码；固定电话请带区号，例如 021-5888 6666。',
    '{0} is not a valid phone number; give a landline with its area code, e.g. 021-5888 6666.')
add('idCard.error.blank', '请填写身份证号。', 'Enter the ID card number.')
add('idCard.error.length', '身份证号须为 18 位，实际为 {0} 位（15 位的一代证已停用）。',
    'An ID card number has 18 characters, not {0} (15-digit first-generation numbers are no longer valid).')
add('idCard.error.characters', '身份证号前 17 位须为数字，最后一位为数字或 X。',
    'An ID card number is 17 digits followed by a digit or X.')
add('idCard.error.region', '身份证号前两位“{0}”不是有效的省份代码。', 'The first two digits {0} are not a province code.')
add('idCard.error.birthDate', '身份证号第 7–14 位“{0}”不是有效的出生日期。',
    'Characters 7 to 14, {0}, are not a valid date of birth.')
add('idCard.error.checkDigit', '身份证号最后一位校验码应为 {0}，实际为 {1}，请核对是否输错。',
    'The check character (18th) should be {0}, not {1}: please check the number for a typing error.')

# customer import
add('nav.imports', '客户导入', 'Import customers')
add('import.title', '导入客户与车辆', 'Import customers and vehicles')
add('import.intro', '支持其他系统导出的 CSV（UTF-8 或 GBK）和 Excel（.xlsx）文件。已有客户按手机号匹配，已有车辆按车架号匹配，同一文件重复导入不会产生重复数据。', 'CSV (UTF-8 or GBK) and Excel (.xlsx) files as other systems export them. Customers on file are matched by mobile number and vehicles by VIN, so importing a file again creates no duplicates.')
add('import.file', '选择文件', 'File')
add('import.upload', '上传', 'Upload')
add('import.fileName', '文件', 'File')
add('import.status', '状态', 'Status')
add('import.rows', '行数', 'Lines')
add('import.failedRows', '未导入的行', 'Lines refused')
add('import.none', '还没有导入记录。', 'No imports yet.')
for k, zh, en in [('UPLOADED','待确认字段','Waiting for the mapping'),('QUEUED','排队中','Queued'),('RUNNING','导入中','Importing'),
                  ('DONE','已完成','Done'),('FAILED','失败','Failed')]:
    add('import.status.' + k, zh, en)
add('import.mapping.title', '确认字段对应', 'Match the columns')
add('import.mapping.intro', '文件共 {0} 行数据。请为每一列选择对应的字段（已根据表头自动识别，确认后会记住）。', 'The file has {0} lines. Choose what each column holds (guessed from the headers; your choice is remembered).')
add('import.mapping.ignore', '（不导入）', '(ignore)')
add('import.start', '开始导入', 'Start the import')
add('import.progress', '导入进度', 'Progress')
add('import.processed', '已处理', 'Processed')
add('import.customersCreated', '新建客户', 'Customers created')
add('import.customersMatched', '匹配到已有客户', 'Matched existing customers')
add('import.vehiclesCreated', '新建车辆', 'Vehicles created')
add('import.vehiclesExisting', '已有车辆（跳过）', 'Vehicles already on file')
add('import.report.download', '下载未导入行（含原因），修改后可再次导入', 'Download the refused lines with reasons, to fix and import again')
add('import.report.filename', '未导入行', 'refused-lines')
add('import.report.line', '行号', 'Line')
add('import.report.reasons', '原因', 'Reasons')
add('import.error.required', '必填', 'required')
add('import.error.vinMissing', '有车牌但没有车架号', 'a plate without a VIN')
add('import.error.gender', '无法识别的性别“{0}”', 'unknown gender "{0}"')
add('import.error.date', '无法识别的日期“{0}”，请用 2024-05-31 格式', 'unknown date "{0}"; use 2024-05-31')
add('import.error.number', '无法识别的数字“{0}”', 'not a number: "{0}"')
add('import.error.lineFailed', '数据库拒绝了此行，请检查数据', 'the database refused this line; check its data')
add('import.error.fieldTwice', '字段“{0}”被选了两次', 'the field {0} is chosen twice')
add('import.error.nameUnmapped', '请指定哪一列是客户姓名', 'choose the column with the customer name')
add('timeline.imported', '从文件 {0} 导入', 'Imported from {0}')
add('import.field.NAME', '姓名/单位名称', 'Name / company')
add('import.field.KIND', '客户类型', 'Type')
add('import.field.SURNAME', '姓氏', 'Surname')
add('import.field.GENDER', '性别', 'Gender')
add('import.field.MOBILE', '手机号', 'Mobile')
add('import.field.SECOND_MOBILE', '备用手机号', 'Second mobile')
add('import.field.OTHER_PHONE', '其他电话', 'Other phone')
add('import.field.EMAIL', '电子邮箱', 'E-mail')
add('import.field.WECHAT', '微信号', 'WeChat ID')
add('import.field.BIRTHDAY', '生日', 'Birthday')
add('import.field.ADDRESS', '地址', 'Address')
add('import.field.ID_CARD', '身份证号', 'ID card number')
add('import.field.TAGS', '标签', 'Tags')
add('import.field.NOTES', '备注', 'Notes')
add('import.field.VIN', '车架号（VIN）', 'VIN')
add('import.field.PLATE', '车牌号', 'Plate')
add('import.field.BRAND', '品牌', 'Brand')
add('import.field.SERIES', '车系', 'Series')
add('import.field.MODEL', '车型', 'Model')
add('import.field.MODEL_YEAR', '年款', 'Model year')
add('import.field.COLOUR', '颜色', 'Colour')
add('import.field.ENGINE_NUMBER', '发动机号', 'Engine number')
add('import.field.PURCHASE_DATE', '购车日期', 'Purchase date')
add('import.field.INSURANCE_COMPANY', '保险公司', 'Insurance company')
add('import.field.INSURANCE_EXPIRY', '保险到期日', 'Insurance expiry')
add('import.field.KILOMETRES', '里程（km）', 'Odometer (km)')

# unreadable import files
add('import.error.unreadable', '无法读取这个文件：请上传 Excel 工作簿（.xlsx）或 CSV 文件。其他格式的文件，请先用 Excel 或 WPS 打开，另存为 .xlsx 或 CSV 后再导入。',
    'This file cannot be read: upload an Excel workbook (.xlsx) or a CSV file. A file in another format can be opened in Excel or WPS and saved as .xlsx or CSV, then imported.')
add('import.error.oldExcel', '这是旧版 Excel 文件（.xls，Excel 97-2003 格式），无法直接导入。请用 Excel 或 WPS 打开，另存为“Excel 工作簿（*.xlsx）”或“CSV”后再导入。',
    'This is an old Excel file (.xls, the Excel 97-2003 format), which cannot be imported as it is. Open it in Excel or WPS, save it as an Excel Workbook (*.xlsx) or as CSV, and import that file.')
add('import.error.encrypted', '这个文件设置了打开密码，无法读取。请用 Excel 或 WPS 打开并取消密码，保存后再导入。',
    'This file is protected by a password and cannot be read. Open it in Excel or WPS, remove the password, save it and import it again.')
add('import.error.empty', '文件中没有任何内容：既没有表头，也没有数据行。', 'The file is empty: it has no header row and no data.')
add('import.error.malformed', 'CSV 文件从第 {0} 行起格式有误：有一个引号没有配对。请用 Excel 或 WPS 打开检查，重新另存为 CSV 后再导入。',
    'The CSV file is broken from line {0} on: a quotation mark is never closed. Open it in Excel or WPS, check it, save it as CSV again and import that file.')

# appointments (预约)
add('nav.appointments', '预约看板', 'Appointments')
add('nav.preparation', '预约准备', 'Preparation list')
add('nav.bookingSettings', '预约设置', 'Booking set-up')
add('nav.outbox', '待发消息', 'Outbox')
add('nav.reception', '接待', 'Reception')
for k, zh, en in [('appointment','预约','appointment'),('reception','接待记录','reception'),('repairOrder','委托书','repair order')]:
    add('entity.' + k, zh, en)
for k, zh, en in [('ROUTINE_MAINTENANCE','常规保养','Routine maintenance'),('MAJOR_MAINTENANCE','大保养','Major service'),
                  ('DIAGNOSIS','故障诊断','Diagnosis'),('REPAIR','一般维修','Repair'),('TYRES_ALIGNMENT','轮胎/四轮定位','Tyres and alignment'),
                  ('AIR_CONDITIONING','空调检修','Air conditioning'),('BODY_PAINT','钣金喷漆','Body and paint'),
                  ('WARRANTY','索赔保修','Warranty'),('RECALL','召回','Recall'),('INSPECTION','年检预检','Inspection check')]:
    add('service.' + k, zh, en)
for k, zh, en in [('QUICK_SERVICE','快修','Quick service'),('MECHANICAL','机修','Mechanical'),('BODY_PAINT','钣喷','Body and paint')]:
    add('workshop.section.' + k, zh, en)
for k, zh, en in [('WAIT','店内等候','Waits at the dealer'),('DROP_OFF','留车','Drops the car off'),('PICKUP_DELIVERY','上门取送车','Pick-up and delivery')]:
    add('appointment.transport.' + k, zh, en)
for k, zh, en in [('PHONE','电话','Phone'),('WALK_IN','到店','Walk-in'),('ONLINE','网上自助','Online'),('API','系统接口','API')]:
    add('appointment.channel.' + k, zh, en)
for k, zh, en in [('BOOKED','已预约','Booked'),('ARRIVED','已到店','Arrived'),('RECEIVED','已接待','Received'),
                  ('NO_SHOW','未到店','No-show'),('CANCELLED','已取消','Cancelled')]:
    add('appointment.status.' + k, zh, en)
add('booking.error.slotFull', '{0} {1} 这个时段已约满：{2}。请另选时间。', 'The {0} {1} slot is full: {2}. Please choose another time.')
add('booking.full.holiday', '当天是休息日', 'the dealer is closed that day')
add('booking.full.notASlot', '这不是本店的预约时段', 'that is not one of the dealer\'s slots')
add('booking.full.past', '这个时间已经过去', 'that time has passed')
add('booking.full.beyondHorizon', '超出了可预约的日期范围', 'that is beyond how far ahead bookings are taken')
add('booking.full.blocked', '这段时间不接受预约', 'that time is blocked for bookings')
add('booking.full.advisors', '服务顾问都已排满', 'every service advisor is fully booked')
add('booking.full.lanes', '接车位已满', 'every reception lane is taken')
add('booking.full.bays', '所需工位已满', 'the workshop bays it needs are taken')
add('booking.full.hours', '当天车间工时已满', 'the workshop\'s hours for that day are taken')
add('booking.error.noServices', '请至少选择一项服务', 'choose at least one service')
add('booking.error.descriptionTooLong', '描述不能超过 2000 字', 'the description may be at most 2,000 characters')
add('booking.error.customerMerged', '这位客户的档案已合并到客户 {0}，请为合并后的档案预约', 'this customer was merged into customer {0}; book for that record')
add('booking.error.notTheOwnersCar', '这辆车不属于这位客户', 'this car does not belong to this customer')
add('booking.error.cancelReasonMissing', '请填写取消原因', 'give the reason for cancelling')
add('booking.error.noShowTooEarly', '预约时间还没到，不能记为未到店', 'the slot has not begun yet, so it cannot be a no-show')
add('booking.error.wrongStatus', '预约当前状态为“{0}”，不能这样操作', 'the appointment is {0}, which does not allow this')
add('booking.error.partsNoteTooLong', '配件备注不能超过 1000 字', 'the parts note may be at most 1,000 characters')
add('booking.error.holidayExists', '{0} 已经是休息日', '{0} is a closed day already')
add('booking.error.blockEndsBeforeStart', '结束时间必须晚于开始时间', 'the end must be after the start')
add('booking.error.blockReasonMissing', '请填写原因（不超过 200 字）', 'give a reason of at most 200 characters')
add('booking.error.holidayName', '请填写休息日名称（不超过 100 字）', 'give the closed day a name of at most 100 characters')
add('booking.error.notATechnician', '只能指派本店的技师或车间主管', 'assign one of the dealer\'s technicians or foremen')
add('booking.error.outOfRange', '“{0}”的数值超出允许范围', 'the value of "{0}" is out of range')
add('message.appointment.confirmation', '【{0}】您已预约 {1} 到店服务，车辆 {2}。如需改期请致电 {3}。回复TD退订',
    '[{0}] Your service appointment for {2} is booked for {1}. To change it call {3}.')
add('message.appointment.reminder', '【{0}】温馨提醒：您预约了明天 {1} 到店服务，车辆 {2}。如需改期请致电 {3}。回复TD退订',
    '[{0}] Reminder: your service appointment for {2} is tomorrow, {1}. To change it call {3}.')
add('message.appointment.rescheduled', '【{0}】您的预约已改到 {1}，车辆 {2}。如需再改请致电 {3}。回复TD退订',
    '[{0}] Your service appointment for {2} is moved to {1}. To change it call {3}.')
add('message.appointment.cancelled', '【{0}】您 {1} 的预约（车辆 {2}）已取消。如需重新预约请致电 {3}。回复TD退订',
    '[{0}] Your appointment of {1} for {2} is cancelled. To book again call {3}.')
add('timeline.appointmentBooked', '预约到店：{0}，车辆 {1}', 'Appointment booked for {0}, vehicle {1}')
add('timeline.appointmentRescheduled', '预约改期到：{0}，车辆 {1}', 'Appointment moved to {0}, vehicle {1}')
add('timeline.appointmentCancelled', '取消预约：{0}，车辆 {1}', 'Appointment of {0} cancelled, vehicle {1}')
add('timeline.appointmentMissed', '预约未到店：{0}，车辆 {1}', 'Did not come to the appointment of {0}, vehicle {1}')
add('timeline.received', '到店接待，委托书 {0}，车辆 {1}', 'Received at the service desk, repair order {0}, vehicle {1}')
add('openItem.appointment', '预约到店：{0}', 'Appointment: {0}')
add('openItem.repairOrder', '委托书 {0} 在修', 'Repair order {0} in the workshop')
# appointment pages
add('appointment.board.title', '预约看板', 'Appointments')
add('appointment.board.previous', '前一天', 'Previous day')
add('appointment.board.next', '后一天', 'Next day')
add('appointment.board.today', '今天', 'Today')
add('appointment.board.none', '这一天没有预约。', 'No appointments on this day.')
add('appointment.board.count', '共 {0} 个预约', '{0} appointments')
add('appointment.board.howToBook', '在客户 360 页面的车辆一栏点“预约”即可为客户预约。', 'To book, open the customer\'s page and choose Book next to the vehicle.')
add('appointment.time', '时间', 'Time')
add('appointment.customer', '客户', 'Customer')
add('appointment.vehicle', '车辆', 'Vehicle')
add('appointment.services', '服务项目', 'Services')
add('appointment.advisor', '服务顾问', 'Advisor')
add('appointment.anyAdvisor', '任意顾问', 'Any advisor')
add('appointment.technician', '预派技师', 'Technician')
add('appointment.noTechnician', '未指派', 'Not assigned')
add('appointment.transport', '交通方式', 'Transport')
add('appointment.channel', '预约方式', 'Booked by')
add('appointment.status', '状态', 'Status')
add('appointment.description', '客户描述', 'Customer\'s description')
add('appointment.messages', '通知', 'Messages')
add('appointment.noMessage', '无（未同意）', 'none (no consent)')
add('appointment.late', '迟到 {0} 分钟', '{0} min late')
add('appointment.arrive', '到店', 'Arrived')
add('appointment.noShow', '未到店', 'No-show')
add('appointment.cancel', '取消预约', 'Cancel')
add('appointment.cancelReason', '取消原因', 'Reason for cancelling')
add('appointment.receive', '接待', 'Receive')
add('appointment.book', '预约', 'Book')
add('appointment.new.title', '新建预约', 'New appointment')
add('appointment.day', '日期', 'Date')
add('appointment.slot', '时段', 'Time slot')
add('appointment.slotFree', '{0}（余 {1}）', '{0} ({1} left)')
add('appointment.noSlots', '这一天没有可预约的时段。', 'No free slots on this day.')
add('appointment.closedDay', '休息日：{0}', 'Closed: {0}')
add('appointment.chooseSlot', '请选择时段', 'choose a time slot')
add('appointment.chooseDay', '请先选择日期和服务项目，再选择时段。', 'Choose a date and the services, then a time slot.')
add('appointment.consent', '客户同意接收短信预约确认和提醒', 'The customer agrees to an SMS confirmation and reminder')
add('appointment.booked', '已预约：{0}', 'Booked: {0}')
add('appointment.cancelled', '预约已取消', 'Appointment cancelled')
add('appointment.reschedule', '改期', 'Reschedule')
add('appointment.reschedule.title', '预约改期', 'Reschedule the appointment')
add('appointment.rescheduled', '预约已改到 {0}', 'Appointment moved to {0}')
add('appointment.arrived', '已记录到店', 'Arrival recorded')
add('appointment.markedNoShow', '已记录为未到店', 'Recorded as a no-show')
add('appointment.prepared', '准备信息已保存', 'Preparation saved')
add('preparation.title', '预约准备清单', 'Preparation list')
add('preparation.intro', '明天到店的车辆：查看历史和未结事项，核对配件，预派技师。', 'Tomorrow\'s cars: read their history and open items, check the parts, assign a technician.')
add('preparation.none', '这一天没有待准备的预约。', 'Nothing to prepare for this day.')
add('preparation.history', '维修历史', 'Service history')
add('preparation.noHistory', '本店还没有这辆车的维修记录。', 'No earlier visits at this dealer.')
add('preparation.openItems', '未结事项', 'Open items')
add('preparation.noOpenItems', '没有未结事项。', 'Nothing open.')
add('preparation.earlierBookings', '以往预约', 'Earlier bookings')
add('preparation.partsNote', '配件核对', 'Parts check')
add('preparation.partsHint', '配件模块上线前：请在此记录已核对的配件及库存情况', 'Until the parts module reserves parts: note what was checked and whether it is in stock')
add('preparation.lastReading', '上次里程', 'Last reading')
add('settings.booking.title', '预约设置', 'Booking set-up')
add('settings.booking.rules', '预约规则', 'Booking rules')
add('settings.booking.slotMinutes', '每个时段（分钟）', 'Slot length (minutes)')
add('settings.booking.perAdvisorPerSlot', '每位顾问每时段接车数', 'Cars per advisor per slot')
add('settings.booking.maxPerSlot', '每时段最多接车数（接车位，可不填）', 'Most cars per slot (reception lanes, optional)')
add('settings.booking.horizonDays', '可提前预约天数', 'Days ahead bookable')
add('settings.booking.lateAfterMinutes', '超过多少分钟算迟到', 'Late after (minutes)')
add('settings.booking.noShowAfterMinutes', '超过多少分钟算未到店', 'No-show after (minutes)')
add('settings.booking.reminderTime', '前一天提醒时间', 'Reminder time the day before')
add('settings.booking.workshop', '车间产能', 'Workshop capacity')
add('settings.booking.bays', '工位（每时段可开工数）', 'Bays (jobs starting per slot)')
add('settings.booking.technicianHours', '每日技师工时', 'Technician hours per day')
add('settings.booking.holidays', '休息日', 'Closed days')
add('settings.booking.holidayName', '名称', 'Name')
add('settings.booking.noHolidays', '今后没有休息日。', 'No closed days ahead.')
add('settings.booking.blocked', '不接受预约的时间', 'Blocked time')
add('settings.booking.noBlocked', '今后没有不接受预约的时间。', 'No blocked time ahead.')
add('settings.booking.wholeDealer', '全店', 'Whole dealer')
add('settings.booking.from', '开始', 'From')
add('settings.booking.to', '结束', 'To')
add('settings.booking.reason', '原因', 'Reason')
add('settings.booking.add', '添加', 'Add')
add('settings.booking.remove', '删除', 'Remove')
add('settings.booking.saved', '预约设置已保存', 'Booking set-up saved')
add('outbox.title', '待发消息', 'Outbox')
add('outbox.intro', '每一条将要发给客户的消息都记录在这里；短信、微信和邮件通道接入后按时发送。', 'Every message that will go to a customer is kept here; the SMS, WeChat and e-mail adapters send them when they are due.')
add('outbox.none', '还没有消息。', 'No messages yet.')
add('outbox.channel', '渠道', 'Channel')
add('outbox.address', '地址', 'Address')
add('outbox.topic', '类型', 'Topic')
add('outbox.body', '内容', 'Text')
add('outbox.dueAt', '发送时间', 'Due')
add('outbox.status', '状态', 'Status')
add('outbox.older', '更早的消息', 'Older messages')
for k, zh, en in [('PENDING','待发送','Pending'),('CANCELLED','已撤回','Withdrawn'),('SENT','已发送','Sent'),('FAILED','发送失败','Failed')]:
    add('outbox.status.' + k, zh, en)
for k, zh, en in [('APPOINTMENT_CONFIRMATION','预约确认','Booking confirmation'),('APPOINTMENT_REMINDER','预约提醒','Booking reminder'),
                  ('APPOINTMENT_CANCELLATION','预约取消','Booking cancelled')]:
    add('outbox.topic.' + k, zh, en)
# public booking page
add('publicBooking.title', '在线预约保养维修', 'Book a service online')
add('publicBooking.intro', '输入车牌号和预留的手机号即可预约，无需注册。', 'Enter your plate and the mobile number we have on file: no account needed.')
add('publicBooking.plate', '车牌号', 'Licence plate')
add('publicBooking.mobile', '手机号', 'Mobile number')
add('publicBooking.find', '下一步', 'Next')
add('publicBooking.notFound', '没有找到这辆车和手机号的记录。请检查输入，或致电 {0} 预约。', 'We could not find this plate with this mobile number. Check them, or call us on {0} to book.')
add('publicBooking.hello', '{0}，您好！请选择预约时间。', 'Hello {0}, please choose a time.')
add('publicBooking.submit', '确认预约', 'Book')
add('publicBooking.done', '预约成功', 'You are booked')
add('publicBooking.doneDetail', '我们在 {0} 等您，车辆 {1}。', 'We expect you on {0}, vehicle {1}.')
add('publicBooking.consent', '我同意接收短信预约确认和提醒（可随时回复TD退订）', 'Send me an SMS confirmation and reminder (reply TD to stop at any time)')
add('publicBooking.describe', '请描述车辆情况（选填）', 'Tell us what the car needs (optional)')
add('publicBooking.tooManyAttempts', '尝试次数过多，请 15 分钟后再试，或致电 {0} 预约。', 'Too many attempts. Try again in 15 minutes, or call us on {0} to book.')
add('publicBooking.visitUs', '门店地址：{0}　服务热线：{1}', 'Find us at {0}. Service line: {1}')
add('publicBooking.again', '再预约一辆车', 'Book another car')
# reception
add('reception.title', '接待', 'Reception')
add('reception.walkIn', '接待：请先在客户页面找到车辆，再点“接待”。', 'Reception: find the car on its customer\'s page and choose Receive.')
add('reception.briefing', '接待前须知', 'Before you greet the customer')
add('reception.greet', '请称呼：{0}', 'Greet as: {0}')
add('reception.appointment', '本次预约', 'This appointment')
add('reception.walkInVisit', '未预约到店', 'Walk-in')
add('reception.visits', '维修历史', 'Earlier visits')
add('reception.openOrders', '未结委托书', 'Open repair orders')
add('reception.earlierBookings', '以往预约', 'Earlier bookings')
add('reception.customerWords', '客户原话（如实记录，不得改写）', 'The customer\'s own words (verbatim, never rewritten)')
add('reception.kilometres', '里程（公里）', 'Odometer (km)')
add('reception.meterReplaced', '更换过里程表', 'Meter replaced')
add('reception.fuel', '油量', 'Fuel')
add('reception.fuelEighths', '{0}/8', '{0}/8')
add('reception.valuables', '车内贵重物品', 'Valuables in the car')
add('reception.damage', '外观损伤（点击车辆图标记）', 'Visible damage (click the diagram to mark)')
add('reception.damageKind', '损伤类型', 'Kind of damage')
add('reception.noDamage', '未标记损伤', 'No damage marked')
add('reception.clearDamage', '清除标记', 'Clear marks')
add('reception.covers', '三件套', 'Protective covers')
add('reception.seatCover', '座椅套', 'Seat cover')
add('reception.floorMat', '脚垫', 'Floor mat')
add('reception.steeringWheelCover', '方向盘套', 'Steering-wheel cover')
add('reception.submit', '完成接待，开委托书', 'Finish and open the repair order')
add('reception.carDiagram', '车辆俯视图', 'Car seen from above')
add('reception.front', '车头', 'Front')
for k, zh, en in [('SCRATCH','划痕','Scratch'),('DENT','凹陷','Dent'),('CHIP','掉漆','Chip'),('CRACK','裂纹','Crack'),('OTHER','其他','Other')]:
    add('damage.kind.' + k, zh, en)
add('reception.error.wordsMissing', '请如实记录客户原话', 'record the customer\'s own words')
add('reception.error.wordsTooLong', '客户原话不能超过 4000 字', 'the customer\'s words may be at most 4,000 characters')
add('reception.error.kilometres', '里程须在 0 到 2,000,000 公里之间', 'the reading must be between 0 and 2,000,000 km')
add('reception.error.fuel', '油量须在 0/8 到 8/8 之间', 'fuel must be between 0/8 and 8/8')
add('reception.error.valuablesTooLong', '贵重物品说明不能超过 1000 字', 'the valuables may be at most 1,000 characters')
add('reception.error.coversMissing', '移动车辆前必须铺好座椅套、脚垫和方向盘套', 'fit the seat cover, floor mat and steering-wheel cover before the car is moved')
add('reception.error.tooMuchDamage', '最多标记 {0} 处损伤；损伤更多时请开钣喷估价', 'mark at most {0} damages; more need a body shop estimate')
add('reception.error.offDiagram', '损伤标记不在车辆图内', 'the damage mark is off the diagram')
add('reception.error.damageNoteTooLong', '损伤说明不能超过 200 字', 'a damage note may be at most 200 characters')
add('reception.error.otherVehicle', '这个预约不是这辆车的', 'that appointment is for another vehicle')
add('reception.error.noAdvisor', '接待须由服务顾问完成', 'a service advisor must receive the car')
add('repairOrder.title', '委托书 {0}', 'Repair order {0}')
add('repairOrder.opened', '委托书 {0} 已开立', 'Repair order {0} opened')
add('repairOrder.openedAt', '开单时间', 'Opened')
add('repairOrder.status', '状态', 'Status')
add('repairOrder.status.OPENED', '已开单', 'Opened')
add('repairOrder.next', '估价、承诺交车时间和派工将在车间模块中完成。', 'The estimate, promised time and dispatch follow in the workshop module.')

# model catalogue
add('nav.models', '车型目录', 'Model catalogue')
add('model.title', '车型目录', 'Model catalogue')
add('model.intro', '本店销售和维修的车型；登记车辆时作为输入提示。', 'The models this dealer sells and services, suggested when a vehicle is entered.')
add('model.add', '添加车型', 'Add model')
add('model.none', '目录中还没有车型。', 'No models yet.')
add('model.added', '已添加车型：{0}', 'Model added: {0}')
add('model.error.brandAndSeries', '请填写品牌和车系', 'enter the brand and the series')

# names of records in messages, and import failures
for k, zh, en in [('customer','客户','customer'),('vehicle','车辆','vehicle'),('staff','员工','staff member'),
                  ('dealer','门店','dealer'),('import','导入','import')]:
    add('entity.' + k, zh, en)
add('import.error.failed', '导入 {0} 因服务器错误中断，已记录在日志中；请联系管理员，或稍后重新上传。', 'Import {0} stopped on a server error, which has been logged; ask your administrator, or upload the file again later.')
add('import.error.mappingJson', '字段对应格式不正确，应为 JSON，例如 {"0":"NAME","3":"MOBILE"}', 'the mapping must be JSON such as {"0":"NAME","3":"MOBILE"}')

# fleet contacts
add('contact.title', '联系人', 'Contacts')
add('contact.none', '尚无联系人。', 'No contacts yet.')
add('contact.name', '联系人姓名', 'Name')
add('contact.role', '职务', 'Role')
add('contact.role.fleetManager', '车队经理', 'Fleet manager')
add('contact.role.driver', '司机', 'Driver')
add('contact.role.accounts', '财务', 'Accounts')
add('contact.mobile', '手机号', 'Mobile')
add('contact.email', '电子邮箱（可选）', 'E-mail (optional)')
add('contact.notes', '备注（可选）', 'Notes (optional)')
add('contact.primary', '主要联系人', 'Primary contact')
add('contact.add', '添加联系人', 'Add contact')
add('contact.remove', '删除', 'Remove')
add('contact.added', '已添加联系人 {0}。', 'Contact {0} added.')
add('contact.removed', '已删除联系人 {0}。', 'Contact {0} removed.')
add('entity.contact', '联系人', 'contact')
add('customer.error.contactNameRequired', '请填写联系人姓名', 'enter the name of the contact')
add('customer.error.contactsForCompaniesOnly', '只有单位客户可以添加联系人', 'only a company customer has contacts')
add('search.reason.CONTACT_MOBILE', '联系人手机号', 'contact mobile')
add('search.reason.CONTACT_MOBILE_LAST_FOUR', '联系人手机尾号', 'contact mobile, last 4')

# the vehicle page: details, odometer readings, ownership, transfer
add('vehicle.edit', '编辑车辆信息', 'Edit vehicle')
add('vehicle.updated', '已保存车辆 {0} 的信息。', 'Vehicle {0} saved.')
add('vehicle.details', '车辆信息', 'Vehicle details')
add('vehicle.km', '{0,number,#,##0} km', '{0,number,#,##0} km')
add('vehicle.odometer.title', '里程记录', 'Odometer readings')
add('vehicle.odometer.readAt', '记录时间', 'Read at')
add('vehicle.odometer.kilometres', '里程', 'Reading')
add('vehicle.odometer.source', '来源', 'Source')
add('vehicle.odometer.meterReplaced', '已更换里程表', 'Meter replaced')
add('vehicle.odometer.record', '记录里程', 'Record reading')
add('vehicle.odometer.none', '尚无里程记录。', 'No readings yet.')
add('vehicle.odometer.recorded', '已记录里程 {0,number,#,##0} km。', 'Reading of {0,number,#,##0} km recorded.')
for k, zh, en in [('MANUAL','手工录入','Entered by hand'),('RECEPTION','接车登记','Reception'),('IMPORT','数据导入','Import'),('API','接口','API')]:
    add('vehicle.readingSource.' + k, zh, en)
add('vehicle.ownership.title', '车主记录', 'Owners')
add('vehicle.ownership.owner', '车主', 'Owner')
add('vehicle.ownership.since', '起始', 'From')
add('vehicle.ownership.until', '截止', 'Until')
add('vehicle.ownership.current', '当前车主', 'current owner')
add('vehicle.ownership.reason', '原因', 'Reason')
for k, zh, en in [('REGISTERED','登记','Registered'),('SOLD','转卖','Sold'),('INHERITED','继承','Inherited'),
                  ('CORRECTED','更正车主','Owner corrected'),('MERGED','合并重复客户','Duplicates merged')]:
    add('vehicle.ownership.reason.' + k, zh, en)
add('vehicle.transfer.title', '过户给其他客户', 'Transfer to another customer')
add('vehicle.transfer.help', '输入新车主的手机号、姓名等查找客户，再点击“过户”。车辆的里程和车主记录随车保留。',
    'Find the new owner by mobile, name and so on, then choose Transfer. The readings and the owners so far stay with the vehicle.')
add('vehicle.transfer.reason', '过户原因', 'Reason')
add('vehicle.transfer.to', '过户', 'Transfer')
add('vehicle.transferred', '车辆 {0} 已从 {1} 过户到此客户。', 'Vehicle {0} transferred to this customer from {1}.')

# hardening, layout at the desk (issue 8): the day board's combined columns, the 360 page's vehicle table
add('appointment.board.whenStatus', '时间 / 状态', 'Time / status')
add('appointment.board.customerVehicle', '客户 / 车辆', 'Customer / vehicle')
add('appointment.board.advisorTransport', '服务顾问 / 交通方式', 'Advisor / transport')
add('appointment.board.actions', '操作', 'Actions')
add('vehicle.plateAndVin', '车牌号 / 车架号', 'Plate / VIN')
add('vehicle.estimate', '估算', 'estimate')
# issue 8, hardening of sign-in and accounts: sessions ended by account changes, answers that do not tell which
# usernames exist, cookies over plain HTTP, the demo banner, password strength, the operations role
add('login.error.ended', '您的账户已变更（密码、岗位或状态），请重新登录。',
    'Your account was changed (password, roles or status); please sign in again.')
add('login.error.cookies', '浏览器没有送回登录所需的 Cookie。请允许本网站使用 Cookie 后重试；如仍不行，请通过 https:// 地址访问，或请管理员检查 SHINRAI_SECURE_COOKIE 设置。',
    'Your browser did not send back the cookie that signing in needs. Allow cookies for this site and try again; if it still fails, open Shinrai over https:// or ask your administrator to check SHINRAI_SECURE_COOKIE.')
add('login.error.lockHint', '连续多次输错密码后账户会被临时锁定，门店管理员可以解锁。',
    'After several wrong passwords in a row the account is locked for a while; your dealer admin can unlock it.')
add('demo.banner', '演示数据：演示账户及其公开密码仍可登录，请勿录入真实客户信息。正式使用请以 SHINRAI_DEMO=false 启动。',
    'Demo data: the demo accounts and their published password still sign in. Do not enter real customers; start with SHINRAI_DEMO=false for real use.')
add('staff.error.passwordIsTheDemoPassword', '不能使用公开的演示密码', 'the published demo password cannot be used')
add('staff.error.passwordTooCommon', '该密码过于常见，容易被猜中，请换一个', 'this password is too common and easy to guess; choose another')
add('role.OPERATIONS', '系统运维', 'Operations')
add('permission.OPERATIONS_MONITOR', '查看系统监控指标与健康详情', 'See server metrics and health details')
# issue 8, points 5 and 8 (PIPL masking, the audit log in business words): reads of personal data, table and
# field labels of the audit log, paging
add('audit.action.READ', '读取客户信息', 'Read customer data')
add('audit.newest', '最新记录', 'Newest entries')
add('audit.paging', '翻页', 'Pages')
add('audit.record.any', '全部对象', 'Any record')
add('audit.table.customer.search', '客户查询', 'Customer search')
add('audit.moreChanges', '另有 {0} 项', '{0} more')
add('audit.secretChanged', '已更改（不显示）', 'changed (not shown)')
add('audit.read.whole', '完整联系方式', 'Unmasked contact details')
add('audit.value.yes', '是', 'yes')
add('audit.value.no', '否', 'no')
add('audit.value.empty', '（空）', '(empty)')
add('audit.record.named', '{0} {1} #{2}', '{0} {1} #{2}')
add('audit.record.many', '{0} {1} 条：{2}', '{1} × {0}: {2}')
add('audit.record.merged', '{0} #{2} 并入 #{1}', '{0} #{2} merged into #{1}')
add('audit.record.ofCustomer', '{0} 的{1}', '{1} of {0}')
add('audit.record.outbox', '{1}消息（{2}）', '{1} message ({2})')
add('audit.record.outbox.APPOINTMENT_CONFIRMATION', '预约 #{0} 的确认{1}', '{1} confirming appointment #{0}')
add('audit.record.outbox.APPOINTMENT_REMINDER', '预约 #{0} 的提醒{1}', '{1} reminding of appointment #{0}')
add('audit.record.outbox.APPOINTMENT_CANCELLATION', '预约 #{0} 的取消通知{1}', '{1} cancelling appointment #{0}')
for k, zh, en in [('BAD_CREDENTIALS','用户名或密码错误','wrong username or password'),('LOCKED_NOW','多次失败，账号已锁定','too many failures, account now locked'),
                  ('ACCOUNT_LOCKED','账号已锁定','account locked'),('ACCOUNT_DISABLED','账号已停用','account disabled')]:
    add('audit.value.reason.' + k, zh, en)
for k, zh, en in [('MOBILE','手机','mobile'),('OTHER','其他电话','other phone')]:
    add('audit.value.phone.' + k, zh, en)
for k, zh, en in [('BOOKING','预约服务','booking'),('OPEN_JOB','在修车辆','job in progress'),('MARKETING','营销','marketing')]:
    add('audit.value.purpose.' + k, zh, en)
for k, zh, en in [('customer.customer','客户','Customer'),('customer.phone','电话号码','Phone number'),
                  ('customer.consent_event','授权记录','Consent'),('customer.contact_person','联系人','Contact'),
                  ('customer.import_job','客户导入','Import'),('vehicle.vehicle','车辆','Vehicle'),('vehicle.model','车型','Model'),
                  ('vehicle.odometer_reading','里程记录','Odometer reading'),('vehicle.ownership','车主记录','Ownership'),
                  ('appointment.appointment','预约','Appointment'),('appointment.booking_rules','预约规则','Booking rules'),
                  ('appointment.workshop_capacity','车间产能','Workshop capacity'),('appointment.holiday','休息日','Closed day'),
                  ('appointment.blocked_time','暂停预约时段','Blocked time'),('messaging.outbox_message','客户消息','Customer message'),
                  ('reception.reception','接待记录','Reception'),('workshop.repair_order','委托书','Repair order'),
                  ('dealer.dealer','门店','Dealer'),('dealer.network','经销商网络','Network'),('dealer.user_account','员工账号','Staff account')]:
    add('audit.table.' + k, zh, en)
# columns many tables share, then columns of one table
for k, zh, en in [('name','名称','name'),('customer_id','客户','customer'),('vehicle_id','车辆','vehicle'),
                  ('advisor_id','服务顾问','advisor'),('technician_id','技师','technician'),('appointment_id','预约','appointment'),
                  ('repair_order_id','委托书','repair order'),('created_at','创建时间','created'),('notes','备注','notes'),
                  ('note','备注','note'),('status','状态','status'),('kind','类型','kind'),('channel','渠道','channel'),
                  ('day','日期','day'),('starts_at','开始','starts'),('ends_at','结束','ends'),('reason','原因','reason'),
                  ('kilometres','里程','odometer'),('customer_words','客户描述','customer\'s words'),('recorded_by','记录人','recorded by'),
                  ('label','标签','label'),('role','职务','role'),('email','电子邮箱','e-mail'),('address','地址','address'),
                  ('phone','电话','phone'),('code','代码','code'),('brand','品牌','brand'),('series','车系','series'),
                  ('model_name','车型','model'),('section','车间','section'),('source','来源','source'),('position','顺序','order')]:
    add('audit.field.' + k, zh, en)
for table, cols in {
    'customer.customer': [('surname','姓氏','surname'),('gender','性别','gender'),('birthday','生日','birthday'),
                          ('wechat_id','微信号','WeChat id'),('id_card_number','身份证号','ID card number'),('tags','标签','tags'),
                          ('preferred_advisor_id','指定服务顾问','preferred advisor'),('merged_into','并入客户','merged into')],
    'customer.phone': [('e164','号码','number')],
    'customer.contact_person': [('e164','手机号','mobile'),('is_primary','主要联系人','primary contact')],
    'customer.consent_event': [('granted','同意','granted'),('occurred_at','时间','when'),('method','方式','how')],
    'customer.import_job': [('file_name','文件','file'),('total_rows','总行数','lines'),('processed_rows','已处理','processed'),
                            ('customers_created','新建客户','customers created'),('customers_matched','匹配客户','customers matched'),
                            ('vehicles_created','新建车辆','vehicles created'),('vehicles_existing','已有车辆','vehicles found'),
                            ('failed_rows','未导入行','refused lines'),('started_at','开始','started'),('finished_at','完成','finished'),
                            ('failure_key','失败原因','failure')],
    'vehicle.vehicle': [('vin','车架号','VIN'),('plate','车牌','plate'),('owner_id','车主','owner'),('model_year','年款','model year'),
                        ('colour','颜色','colour'),('engine_number','发动机号','engine number'),('purchase_date','购车日期','purchased'),
                        ('warranty_start','保修开始','warranty from'),('insurance_company','保险公司','insurer'),('insurance_expiry','保险到期','insured until')],
    'vehicle.odometer_reading': [('read_at','记录时间','read at'),('meter_replaced','已更换里程表','meter replaced')],
    'vehicle.ownership': [('since','起始','from'),('until','截止','until')],
    'appointment.appointment': [('services','服务项目','services'),('estimated_hours','预计工时','estimated hours'),
                                ('description','说明','description'),('transport','交车方式','transport'),('booked_via','预约渠道','booked via'),
                                ('arrived_at','到店时间','arrived'),('late_minutes','迟到分钟','minutes late'),('parts_note','备件备注','parts note'),
                                ('cancel_reason','取消原因','cancel reason'),('booked_by','预约人','booked by'),('booked_at','预约时间','booked at')],
    'appointment.booking_rules': [('slot_minutes','时段（分钟）','slot minutes'),('per_advisor_per_slot','每位顾问每时段','per advisor per slot'),
                                  ('max_per_slot','每时段上限','per slot at most'),('horizon_days','可预约天数','days ahead'),
                                  ('late_after_minutes','迟到（分钟后）','late after minutes'),('no_show_after_minutes','未到店（分钟后）','no-show after minutes'),
                                  ('reminder_time','提醒时间','reminder time')],
    'appointment.workshop_capacity': [('bays','工位','bays'),('technician_hours','技师工时','technician hours')],
    'messaging.outbox_message': [('address','发送地址','address'),('purpose','用途','purpose'),('topic','类型','topic'),
                                 ('reference','关联','about'),('body','内容','text'),('due_at','发送时间','due'),('cancelled_at','撤回时间','withdrawn at')],
    'reception.reception': [('fuel_eighths','油量（八分之）','fuel (eighths)'),('valuables','贵重物品','valuables'),
                            ('seat_cover','座椅套','seat cover'),('floor_mat','脚垫','floor mat'),('steering_wheel_cover','方向盘套','steering wheel cover'),
                            ('received_at','接待时间','received at')],
    'workshop.repair_order': [('number','委托书号','number'),('opened_at','开单时间','opened at')],
    'dealer.dealer': [('opens_at','营业开始','opens'),('closes_at','营业结束','closes'),('time_zone','时区','time zone'),
                      ('labour_rate','工时单价','labour rate'),('network_id','网络','network')],
    'dealer.user_account': [('username','用户名','username'),('display_name','姓名','name'),('password_hash','密码','password'),
                            ('roles','角色','roles'),('enabled','启用','enabled'),('locked_until','锁定至','locked until'),('network_id','网络','network')],
}.items():
    for k, zh, en in cols:
        add('audit.field.%s.%s' % (table, k), zh, en)
# input hardening (issue 8, points 2 and 3): every refusal names its field and says what belongs there
add('error.page.400', '提交的内容或地址有误，无法处理。请检查后重新提交。', 'The request could not be understood: check what you entered, or the address, and submit again.')
add('error.page.4xx', '无法处理此请求。', 'This request cannot be handled.')
add('error.page.405', '此地址不支持该操作。', 'This address does not support that action.')
add('error.page.409', '该记录已被他人修改或与当前数据冲突，请刷新后重试。', 'The record was changed meanwhile or conflicts with the current data; reload and try again.')
add('error.page.413', '提交的内容过大。', 'What was sent is too large.')
add('error.page.429', '请求过于频繁，请稍后再试。', 'Too many requests; wait a moment and try again.')
add('error.page.field', '字段 {0}：', 'Field {0}: ')
add('error.page.errorId', '错误编号 {0}，已记录。', 'Error id {0}; it has been logged.')
add('error.bodyTooLarge', '请求内容超过 {0} KB 的上限。', 'The request body is over the limit of {0} KB.')
add('validation.text.unstorable', '含有无法保存的字符（空字符或不完整的表情符号）。', 'contains characters that cannot be stored (a NUL character or half of an emoji).')
add('validation.text.tooLong', '不能超过 {0} 个字符。', 'must be at most {0} characters long.')
add('validation.date.outOfBounds', '日期须在 {0} 至 {1} 之间。', 'must be a date from {0} to {1}.')
add('validation.json.bodyMissing', '请求缺少 JSON 内容。', 'the request has no JSON body.')
add('validation.json.unknownProperty', '没有这个属性。可用的属性：{0}', 'there is no such property. Known properties: {0}')
add('validation.json.oneOf', '须为以下值之一：{0}', 'must be one of: {0}')
add('validation.json.date', '须为 1900-01-01 至 2199-12-31 之间的日期，格式如 2026-12-01。', 'must be a date from 1900-01-01 to 2199-12-31, written like 2026-12-01.')
add('typeMismatch', '格式不正确。', 'is not in the expected format.')
add('typeMismatch.java.time.LocalDate', '须为 1900-01-01 至 2199-12-31 之间的日期。', 'must be a date from 1900-01-01 to 2199-12-31.')
add('typeMismatch.java.lang.Integer', '须为整数。', 'must be a whole number.')
add('typeMismatch.java.lang.Long', '须为整数。', 'must be a whole number.')
add('typeMismatch.int', '须为整数。', 'must be a whole number.')
add('typeMismatch.long', '须为整数。', 'must be a whole number.')
add('validation.json.time', '须为时间，格式如 09:30。', 'must be a time written like 09:30.')
add('validation.json.instant', '须为带时区的时间，格式如 2026-12-01T09:30:00Z。', 'must be a moment written like 2026-12-01T09:30:00Z.')
add('validation.json.boolean', '须为 true 或 false。', 'must be true or false.')
add('validation.json.wholeNumber', '须为整数。', 'must be a whole number.')
add('validation.json.number', '须为数字。', 'must be a number.')
add('validation.json.numberOutOfRange', '数字超出范围。', 'the number is out of range.')
add('validation.json.text', '须为文本。', 'must be text.')
add('validation.json.list', '须为列表（JSON 数组）。', 'must be a list (a JSON array).')
add('validation.json.object', '须为对象（JSON 对象）。', 'must be an object (a JSON object).')
add('validation.json.value', '值无效。', 'is not a valid value.')
add('validation.json.malformed', 'JSON 格式错误（第 {0} 行第 {1} 列附近）。', 'the JSON is malformed (near line {0}, column {1}).')
add('validation.notNull', '不能为空值（null）。', 'must not be null.')
add('customer.error.surnameTooLong', '姓氏不能超过 {0} 个字符。姓名中的最后一个词过长时，请单独填写姓氏。', 'A surname is at most {0} characters. When the name ends in a longer word, enter the surname yourself.')
add('customer.error.birthdayInFuture', '生日不能晚于今天。', 'A birthday cannot be in the future.')
# issue 8 point 4 / point 2 (hard/db): the embedded database's statement timeout
add('error.statementTimeout', '这项操作耗时过长，已被中止。请缩小范围后重试，或稍后再试。',
    'This took too long and was stopped. Narrow it down and try again, or try again later.')
# hardening (issue 8), the front desk's slice: references within the dealer, removals, double bookings, every
# problem at once, sending hours
add('entity.holiday', '休息日', 'closed day')
add('entity.blockedTime', '不可预约时段', 'blocked time')
add('booking.error.notAnAdvisor', '请选择本店的服务顾问', 'choose one of this dealer\'s service advisors')
add('booking.error.slotUnavailable', '{0} {1} 不能预约：{2}。请另选时间。', '{0} {1} cannot be booked: {2}. Please choose another time.')
add('booking.error.alreadyBookedThatDay', '这辆车 {0} {1} 已有预约。确需当天再约一次，请勾选确认后再提交。',
    'This car is already booked on {0} at {1}. To book it a second time that day, tick the confirmation and book again.')
add('booking.error.inWorkshop', '这辆车正在车间（委托书 {0}）。确需另约，请勾选确认后再提交。',
    'This car is in the workshop now (repair order {0}). To book another visit all the same, tick the confirmation and book again.')
add('appointment.anotherVisit.confirm', '我已知晓，仍为这辆车预约', 'I know; book this car all the same')
add('publicBooking.alreadyBooked', '您的车辆已预约 {0} {1}，无需重复预约。如需更改时间，请致电 {2}。',
    'Your car is already booked for {0} at {1}, so there is no need to book again. To change the time, call us on {2}.')
add('publicBooking.inWorkshop', '您的车辆目前正在本店车间，无需另行预约。如有需要，请致电 {0}。',
    'Your car is with us in the workshop now, so there is no need to book. If you need anything, call us on {0}.')
add('reception.error.kilometresMissing', '请填写里程表读数', 'enter the odometer reading')
add('dealer.sendingHours.help', '短信和微信消息只在以下时间段发出；其余时间产生的消息等到下一次开始时再发。', 'SMS and WeChat messages go out only in these hours; those due at other times wait until the hours next open.')
add('dealer.messagesFrom', '消息发送开始', 'Messages from')
add('dealer.messagesUntil', '消息发送结束', 'Messages until')
add('dealer.error.sendingHours', '消息发送时间的结束须晚于开始', 'the sending hours must end after they start')
add('reception.error.fuelMissing', '油量为必填项，请选择油量', 'the fuel level is required: choose it')

root = pathlib.Path(__file__).resolve().parent.parent / 'src/main/resources'
def esc(v): return v.replace('\n', '\\n')
for idx, suffix in ((0, 'zh_CN'), (1, 'en')):
    path = root / ('messages_%s.properties' % suffix)
    lines = ['# Generated from tools/messages.py; edit there, then run it.']
    lines += ['%s=%s' % (k, esc(v[idx])) for k, v in M.items()]
    path.write_text('\n'.join(lines) + '\n', encoding='utf-8')
print(len(M), 'keys written')
