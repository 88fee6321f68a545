/**
 * The desk's .xlsx on WeChat: the cloud function wrote it to cloud storage;
 * download it and open it with wx.openDocument (its menu forwards it to a chat).
 */
import Taro from '@tarojs/taro'
import type { ExportAnswer } from './desk'

export async function openExport(file: ExportAnswer): Promise<string | null> {
  if (!file.fileID) return '导出失败，请重试'
  try {
    const { tempFilePath } = await Taro.cloud.downloadFile({ fileID: file.fileID })
    await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true })
    return null
  } catch {
    return '文件已导出，但无法打开，请稍后再试'
  }
}
