export default definePageConfig({
  navigationBarTitleText: '申请合并、重组或撤销',
});
