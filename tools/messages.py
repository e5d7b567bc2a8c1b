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
add('error.page.other', '抱歉，出了点问题。请稍后再试。', 'Sorry, something went wrong. Please try again.')
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
add('customer.merge.explanation', '重复客户的车辆、电话、授权记录、标签、备注和客户动态将并入保留的客户；重复客户的档案保留并标记为已合并，合并操作记入审计日志。', 'The duplicate\'s vehicles, phone numbers, consents, tags, notes and timeline move to the customer kept; the duplicate stays on file marked as merged, and the merge is written to the audit log.')
add('customer.merge.survivor', '保留的客户', 'Customer kept')
add('customer.merge.duplicate', '重复的客户（将被合并）', 'Duplicate (merged away)')
add('customer.merge.counts', '授权记录 {0} 条，动态 {1} 条', '{0} consent events, {1} timeline entries')
add('customer.merge.confirm', '确认合并', 'Merge')
add('customer.merge.prompt', '把另一位客户（重复建档）合并到此客户：客户编号', 'Merge another (duplicate) record into this customer: customer no.')
add('customer.merge.review', '核对', 'Review')
add('customer.merged', '已将客户编号 {0} 合并到此客户。', 'Customer no. {0} merged into this one.')
add('customer.mergedInto', '此客户已合并到', 'This record was merged into')
add('customer.error.mergeSelf', '不能把客户合并到自己', 'a customer cannot be merged into itself')
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
add('vehicle.kilometresOn', '{0,number,#,##0} km（{1}）', '{0,number,#,##0} km ({1})')
add('vehicle.estimated', '约 {0}（估算）', 'about {0} (estimate)')
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

root = pathlib.Path(__file__).resolve().parent.parent / 'src/main/resources'
def esc(v): return v.replace('\n', '\\n')
for idx, suffix in ((0, 'zh_CN'), (1, 'en')):
    path = root / ('messages_%s.properties' % suffix)
    lines = ['# Generated from tools/messages.py; edit there, then run it.']
    lines += ['%s=%s' % (k, esc(v[idx])) for k, v in M.items()]
    path.write_text('\n'.join(lines) + '\n', encoding='utf-8')
print(len(M), 'keys written')
